// Reads {site, config, targets: ["/path?query", ...]} as JSON on stdin and prints, for each request target,
// the rule Netlify's own redirect engine picks (netlify-redirector, the WebAssembly engine netlify-cli runs),
// the Location netlify-cli sends for it, and the headers of the rules Netlify's header parser matches. Rules
// and headers are read by Netlify's own parsers from <site>/_redirects, <site>/_headers and the netlify.toml
// at <config>, as netlify-cli reads them.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseAllRedirects } from "@netlify/redirect-parser";
import { parseAllHeaders } from "@netlify/headers-parser";

const redirector = createRequire(import.meta.url)("netlify-redirector");

const input = JSON.parse(await new Promise((resolve, reject) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => { text += chunk; });
  process.stdin.on("end", () => resolve(text));
  process.stdin.on("error", reject);
}));

const existing = (name) => {
  const file = join(input.site, name);
  return existsSync(file) ? [file] : [];
};

const redirects = await parseAllRedirects({ redirectsFiles: existing("_redirects"), netlifyConfigPath: input.config, minimal: false });
const headers = await parseAllHeaders({ headersFiles: existing("_headers"), netlifyConfigPath: input.config, minimal: false });

// The rule shape netlify-redirector reads differs from the parser's: `from` is `origin`, `query` is `params`.
const rules = redirects.redirects.map(({ from, query, conditions, ...rule }) => ({ ...rule, origin: from, params: query, conditions }));
const matcher = rules.length === 0 ? { match: () => null } : await redirector.parseJSON(JSON.stringify(rules), {});

const decode = (path) => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

// As netlify-cli builds a redirect's Location: the request's query passes through unless the target has one.
function location(to, request) {
  const dest = new URL(to, "https://example.org");
  if ([...dest.searchParams].length === 0) {
    request.searchParams.forEach((value, key) => dest.searchParams.append(key, value));
  }
  return `${dest.pathname}${dest.search}${dest.hash}`;
}

const answers = input.targets.map((target) => {
  // Appended, not resolved, so that «//x» stays a path (a browser never sends it as an authority).
  const url = new URL(`https://example.org${target}`);
  const path = decode(url.pathname);
  const query = url.search.slice(1);
  const match = matcher.match({ scheme: "https", host: "example.org", path, query, getHeader: () => "", getCookie: () => "" });
  const rule = match && !match.force404 ? { from: match.from, to: match.to, status: match.status, force: match.force } : null;
  const values = Object.assign({}, ...headers.headers.filter(({ forRegExp }) => forRegExp.test(url.pathname)).map(({ values }) => values));
  return { pathname: url.pathname, path, search: url.search, rule, location: rule ? location(rule.to, url) : null, headers: values };
});

process.stdout.write(JSON.stringify({
  errors: [...redirects.errors, ...headers.errors].map((error) => error.message),
  answers,
}));

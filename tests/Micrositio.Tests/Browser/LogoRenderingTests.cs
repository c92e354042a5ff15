using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Tests.Support;
using Micrositio.Validate;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Micrositio.Tests.Browser;

/// <summary>
/// The brand manual checked where it matters, in the rendered page: every logo at least its minimum height,
/// at its aspect ratio, and nothing visible inside its clear space. The build checks the HTML; only a browser
/// knows the boxes the CSS produces at a given width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LogoRenderingTests(BrowserFixture browser, ShippedSiteServer shipped, ITestOutputHelper output)
{
    private const int TabCount = 4;

    /// <summary>
    /// Given <c>{ rules: { src: { MinHeight, Aspect, ClearSpace } }, tolerance }</c> as JSON, returns the
    /// violations of every <c>[data-emblema] img</c> of the page. One call per page keeps the test fast.
    /// </summary>
    private const string Measure = """
        json => {
          const { rules, tolerance } = JSON.parse(json);
          const found = [];
          const f = n => n.toFixed(1);
          const box = r => `[x ${f(r.left)}, y ${f(r.top)}, ${f(r.right - r.left)}×${f(r.bottom - r.top)}]`;
          // Strict overlap: boxes that only touch do not intrude.
          const overlaps = (a, b) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
          const describe = el => `<${el.localName}${el.getAttribute('class') ? ' class="' + el.getAttribute('class') + '"' : ''}>`
            + ` "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
          // The part of a rect that can be seen: hidden or transparent boxes show nothing, and ancestors that
          // clip (overflow, or clip: rect(0 0 0 0) of visually hidden text) cut it. selfClips: a text node is
          // clipped by its own parent's overflow, an element's own box is not.
          const visiblePart = (rect, el, selfClips) => {
            if (getComputedStyle(el).visibility !== 'visible') return null;
            let l = rect.left, t = rect.top, r = rect.right, b = rect.bottom;
            for (let a = el; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
              const s = getComputedStyle(a);
              if (s.opacity === '0') return null;
              const ab = a.getBoundingClientRect();
              const c = s.clip !== 'auto' && /absolute|fixed/.test(s.position) ? s.clip.match(/-?[\d.]+/g) : null;
              if (c && c.length === 4) {
                const [ct, cr, cb, cl] = c.map(Number);
                l = Math.max(l, ab.left + cl); t = Math.max(t, ab.top + ct); r = Math.min(r, ab.left + cr); b = Math.min(b, ab.top + cb);
              }
              if (a !== el || selfClips) {
                if (s.overflowX !== 'visible') { l = Math.max(l, ab.left); r = Math.min(r, ab.right); }
                if (s.overflowY !== 'visible') { t = Math.max(t, ab.top); b = Math.min(b, ab.bottom); }
              }
            }
            return r > l && b > t ? { left: l, top: t, right: r, bottom: b } : null;
          };

          // Everything visible that could intrude, measured once per page: text line boxes, and the boxes of
          // replaced elements and of elements that paint a background or a border.
          const candidates = [];
          const range = document.createRange();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n; (n = walker.nextNode());) {
            if (!n.data.trim() || !n.parentElement) continue;
            range.selectNodeContents(n);
            for (const rect of range.getClientRects()) candidates.push({ rect, node: n, el: n.parentElement, text: true });
          }
          const replaced = new Set(['img', 'svg', 'video', 'canvas', 'input', 'button', 'select', 'textarea', 'iframe']);
          for (const el of document.body.querySelectorAll('*')) {
            const s = getComputedStyle(el);
            const background = s.backgroundColor !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(s.backgroundColor);
            const border = ['Top', 'Right', 'Bottom', 'Left'].some(side => parseFloat(s[`border${side}Width`]) > 0);
            if (!replaced.has(el.localName) && !background && !border && s.backgroundImage === 'none') continue;
            for (const rect of el.getClientRects()) candidates.push({ rect, node: el, el, text: false });
          }

          const logos = [...document.querySelectorAll('[data-emblema] img')];
          if (logos.length === 0) found.push('no logo ([data-emblema] img) on the page');
          for (const logo of logos) {
            const src = logo.getAttribute('src');
            const rule = rules[src];
            const lr = logo.getBoundingClientRect();
            if (!rule) { found.push(`${src}: not a logo variant of the manual`); continue; }
            if (lr.height < rule.MinHeight) found.push(`${src} ${box(lr)}: rendered height ${f(lr.height)} px < minimum ${rule.MinHeight} px`);
            const ratio = lr.width / lr.height;
            if (!(Math.abs(ratio / rule.Aspect - 1) <= tolerance)) found.push(`${src} ${box(lr)}: aspect ratio ${ratio.toFixed(3)}, manual ${rule.Aspect} ± ${tolerance * 100} %`);
            const m = rule.ClearSpace * lr.height;
            const zone = { left: lr.left - m, top: lr.top - m, right: lr.right + m, bottom: lr.bottom + m };
            const reported = new Set();
            for (const c of candidates) {
              // The logo and its ancestors contain it; their boxes are not intruders (their text still is).
              if (reported.has(c.node) || (!c.text && c.el.contains(logo)) || !overlaps(c.rect, zone)) continue;
              const part = visiblePart(c.rect, c.el, c.text);
              if (!part || !overlaps(part, zone)) continue;
              reported.add(c.node);
              const what = c.text ? `text "${c.node.data.trim().slice(0, 30)}" in ${describe(c.el)}` : describe(c.el);
              found.push(`${src} ${box(lr)}, clear zone ${box(zone)} (${f(m)} px): ${what} at ${box(part)}`);
            }
          }
          return found;
        }
        """;

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task Every_logo_of_the_shipped_site_renders_at_its_size_with_its_clear_space(int width, int height)
    {
        var clock = Stopwatch.StartNew();
        var server = await shipped.StartAsync();
        var started = clock.Elapsed;
        var rules = RulesJson(Repository.Root);
        var urls = shipped.PageUrls();
        Assert.NotEmpty(urls);

        var page = await browser.NewPageAsync(width, height);
        await using var context = page.Context;
        var violations = new ConcurrentDictionary<string, string[]>();
        await Tabs.VisitAllAsync(page, TabCount, urls, async (tab, url) =>
        {
            await tab.GotoAsync(server.Url(url), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            violations[url] = await tab.EvaluateAsync<string[]>(Measure, rules);
        });
        output.WriteLine($"{width}×{height}: {urls.Count} pages measured in {(clock.Elapsed - started).TotalSeconds:F1} s "
            + $"(shipped site built and served after {started.TotalSeconds:F1} s; only the first case builds it)");
        var all = urls.SelectMany(url => violations[url].Select(v => $"{url} @ {width}×{height}: {v}")).ToList();
        if (all.Count > 0)
        {
            throw new XunitException($"{all.Count} logo violations:\n" + string.Join("\n", all));
        }
    }

    [Fact]
    public async Task An_element_inside_the_clear_space_is_reported()
    {
        await using var site = await ServedSite.BuildAsync("""
            -- input/paginas/inicio.md --
            ---
            titulo: Inicio de prueba
            ---
            Bienvenida.
            """);
        var rules = RulesJson(site.Site.Root);
        var page = await browser.NewPageAsync(1280, 800);
        await using var context = page.Context;
        await page.GotoAsync(site.Url("/"));

        // The untouched page is clean, so what follows is caused by the injected faults alone.
        Assert.Empty(await page.EvaluateAsync<string[]>(Measure, rules));

        // A squashed second logo (too short, wrong aspect) and a text box 2 px right of the first logo, well
        // inside its 10 px clear space. Injected after the build, which rejects such CSS.
        await page.EvaluateAsync("""
            () => {
              const [first, second] = document.querySelectorAll('[data-emblema] img');
              second.style.height = '20px';
              const r = first.getBoundingClientRect();
              const span = document.createElement('span');
              span.className = 'intrusa';
              span.textContent = 'Texto intruso';
              Object.assign(span.style, { position: 'absolute', left: `${r.right + 2 + scrollX}px`, top: `${r.top + scrollY}px`, background: '#fff' });
              document.body.append(span);
            }
            """);
        var found = await page.EvaluateAsync<string[]>(Measure, rules);

        var report = string.Join("\n", found);
        output.WriteLine(report);
        Assert.Contains(found, v => v.Contains("text \"Texto intruso\"", StringComparison.Ordinal));
        Assert.Contains(found, v => v.Contains("<span class=\"intrusa\">", StringComparison.Ordinal));
        Assert.Contains(found, v => v.Contains("rendered height 20.0 px < minimum 32 px", StringComparison.Ordinal));
        Assert.Contains(found, v => v.Contains("aspect ratio 6.000", StringComparison.Ordinal));
    }

    /// <summary>The site's manual as the measurement's argument: the rules of each logo file, by its URL.</summary>
    private static string RulesJson(string root)
    {
        var errors = new ErrorList();
        var input = new InputReader(root, Path.Combine(root, "input"), errors).Read();
        var manual = new ContentValidator(errors).Validate(input)?.BrandManual
            ?? throw new XunitException("The brand manual did not load:\n" + string.Join("\n", errors.Sorted()));
        var rules = manual.Brands
            .SelectMany(b => b.Variants.Select(v => (v.Url, Rule: new { b.MinHeight, Aspect = b.AspectRatio, b.ClearSpace })))
            .ToDictionary(x => x.Url, x => x.Rule);
        return JsonSerializer.Serialize(new { rules, tolerance = manual.AspectTolerance });
    }
}

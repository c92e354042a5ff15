namespace Micrositio.Tests.Support;

/// <summary>
/// What Netlify's own packages say about one request target: the path as Netlify reads it (<see cref="Pathname"/>
/// still encoded, <see cref="Path"/> decoded), the rule its engine picks, the Location netlify-cli sends for a
/// redirect, and the headers of netlify.toml's matching rules.
/// </summary>
public sealed record NetlifyAnswer(string Target, string Pathname, string Path, string Search, NetlifyRuleMatch? Rule, string? Location, IReadOnlyDictionary<string, string> Headers);

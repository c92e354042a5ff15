namespace Micrositio.Tests.Support;

/// <summary>The rule Netlify's redirect engine picked for a request, as netlify-redirector reports it.</summary>
public sealed record NetlifyRuleMatch(string From, string To, int Status, bool Force);

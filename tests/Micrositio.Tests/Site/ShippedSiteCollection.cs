namespace Micrositio.Tests.Site;

/// <summary>Shares one build of the shipped site across the test classes of Site/.</summary>
[CollectionDefinition(Name)]
public sealed class ShippedSiteCollection : ICollectionFixture<ShippedSite>
{
    public const string Name = "Shipped site";
}

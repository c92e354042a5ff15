using System.Text;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>What PDF/UA-1 asks of a tagged PDF, read back from the file's objects with PdfPig.</summary>
public sealed class TaggedPdfTests(PressPdfFixture fixture) : IClassFixture<PressPdfFixture>
{
    [Fact]
    public void The_metadata_says_pdf_ua_1_and_the_catalog_says_tagged_and_asks_viewers_to_show_the_title()
    {
        using var pdf = PdfDocument.Open(fixture.Output.Bytes);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = XDocument.Parse(Encoding.UTF8.GetString(xmp.GetXmlBytes()));
        Assert.Equal("1", xml.Descendants(XName.Get("part", "http://www.aiim.org/pdfua/ns/id/")).Single().Value);

        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.True(Get<BooleanToken>(pdf, Get<DictionaryToken>(pdf, catalog, "MarkInfo"), "Marked").Data);
        Assert.True(Get<BooleanToken>(pdf, Get<DictionaryToken>(pdf, catalog, "ViewerPreferences"), "DisplayDocTitle").Data);
    }

    [Fact]
    public void Every_marked_content_is_a_kid_of_the_element_the_parent_tree_names_for_it()
    {
        using var pdf = PdfDocument.Open(fixture.Output.Bytes);
        var parents = ParentTree(pdf);
        var pages = PageReferences(pdf);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal("S", Get<NameToken>(pdf, page.Dictionary, "Tabs").Data);
            var owners = Assert.IsType<ArrayToken>(Resolve(pdf, parents[Get<NumericToken>(pdf, page.Dictionary, "StructParents").Int]));
            var mcids = page.GetMarkedContents().Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier).ToList();
            Assert.Equal(Enumerable.Range(0, owners.Length), mcids);
            foreach (var mcid in mcids)
            {
                var owner = Assert.IsType<DictionaryToken>(Resolve(pdf, owners[mcid]));
                var ownPage = owner.TryGet(NameToken.Create("Pg"), out IndirectReferenceToken pg) ? pg.Data : default;
                Assert.Contains(Kids(pdf, owner), kid =>
                    (kid is NumericToken number && number.Int == mcid && ownPage.Equals(pages[page.Number - 1]))
                    || (kid is DictionaryToken mcr && Get<NameToken>(pdf, mcr, "Type").Data == "MCR" && Get<NumericToken>(pdf, mcr, "MCID").Int == mcid
                        && ((IndirectReferenceToken)mcr.Data["Pg"]).Data.Equals(pages[page.Number - 1])));
            }
        }
    }

    [Fact]
    public void Every_link_annotation_is_described_and_is_the_object_of_a_link_element()
    {
        using var pdf = PdfDocument.Open(fixture.Output.Bytes);
        var parents = ParentTree(pdf);
        var links = 0;
        foreach (var page in pdf.GetPages())
        {
            if (!page.Dictionary.TryGet(NameToken.Create("Annots"), out ArrayToken annotations))
            {
                continue;
            }

            foreach (var reference in annotations.Data.Cast<IndirectReferenceToken>())
            {
                var annotation = Assert.IsType<DictionaryToken>(Resolve(pdf, reference));
                Assert.False(string.IsNullOrWhiteSpace(Get<StringToken>(pdf, annotation, "Contents").Data));
                var element = Assert.IsType<DictionaryToken>(Resolve(pdf, parents[Get<NumericToken>(pdf, annotation, "StructParent").Int]));
                Assert.Equal("Link", Get<NameToken>(pdf, element, "S").Data);
                Assert.Contains(Kids(pdf, element), kid => kid is DictionaryToken objr && Get<NameToken>(pdf, objr, "Type").Data == "OBJR"
                    && ((IndirectReferenceToken)objr.Data["Obj"]).Data.Equals(reference.Data));
                links++;
            }
        }

        Assert.True(links >= 2);
    }

    private static Dictionary<int, IToken> ParentTree(PdfDocument pdf)
    {
        var root = Get<DictionaryToken>(pdf, pdf.Structure.Catalog.CatalogDictionary, "StructTreeRoot");
        var nums = Get<ArrayToken>(pdf, Get<DictionaryToken>(pdf, root, "ParentTree"), "Nums");
        return Enumerable.Range(0, nums.Length / 2).ToDictionary(i => ((NumericToken)nums[2 * i]).Int, i => nums[2 * i + 1]);
    }

    private static List<IndirectReference> PageReferences(PdfDocument pdf) =>
        Get<ArrayToken>(pdf, Get<DictionaryToken>(pdf, pdf.Structure.Catalog.CatalogDictionary, "Pages"), "Kids")
            .Data.Cast<IndirectReferenceToken>().Select(r => r.Data).ToList();

    private static IEnumerable<IToken> Kids(PdfDocument pdf, DictionaryToken element) =>
        Resolve(pdf, element.Data["K"]) is ArrayToken array ? array.Data.Select(kid => Resolve(pdf, kid)) : [Resolve(pdf, element.Data["K"])];

    private static T Get<T>(PdfDocument pdf, DictionaryToken dictionary, string key)
        where T : IToken =>
        Assert.IsType<T>(Resolve(pdf, dictionary.Data[key]));

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
}

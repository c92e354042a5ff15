using System.Security;
using System.Text;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The XMP metadata stream: the same title, description, language, tool and dates as the document
/// information, ids derived from the file, and the PDF/UA-1 identification (ISO 14289-1, 5).
/// </summary>
internal static class XmpPacket
{
    public static byte[] Build(PressPdfDocument source, Guid id)
    {
        var date = PdfDates.Xmp(source.Date);
        var uuid = "uuid:" + id.ToString("D");
        var description = string.IsNullOrWhiteSpace(source.Subject)
            ? ""
            : "\n   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + Escape(source.Subject) + "</rdf:li></rdf:Alt></dc:description>";
        var xml = $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Escape(source.Title)}</rdf:li></rdf:Alt></dc:title>{description}
               <dc:language><rdf:Bag><rdf:li>{Escape(source.Language)}</rdf:li></rdf:Bag></dc:language>
               <pdf:Producer>{DocumentInfo.Creator}</pdf:Producer>
               <xmp:CreatorTool>{DocumentInfo.Creator}</xmp:CreatorTool>
               <xmp:CreateDate>{date}</xmp:CreateDate>
               <xmp:ModifyDate>{date}</xmp:ModifyDate>
               <xmp:MetadataDate>{date}</xmp:MetadataDate>
               <xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>
               <xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>
               <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
        return Encoding.UTF8.GetBytes(xml.ReplaceLineEndings("\n"));
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}

using System.Security;
using System.Text;

namespace Micrositio.Render.Press.Pdf;

/// <summary>
/// The XMP metadata stream. PDFsharp writes its own with random ids, the local time zone and unescaped
/// text (a title with "&amp;" breaks the XML), so the press PDFs carry this one instead: the same title,
/// description, language, tool and dates as the document information, and ids derived from the file.
/// </summary>
internal static class XmpPacket
{
    public static byte[] Build(PressPdfDocument source, string producer, Guid id)
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
                xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Escape(source.Title)}</rdf:li></rdf:Alt></dc:title>{description}
               <dc:language><rdf:Bag><rdf:li>{Escape(source.Language)}</rdf:li></rdf:Bag></dc:language>
               <pdf:Producer>{Escape(producer)}</pdf:Producer>
               <xmp:CreatorTool>{DocumentInfo.Creator}</xmp:CreatorTool>
               <xmp:CreateDate>{date}</xmp:CreateDate>
               <xmp:ModifyDate>{date}</xmp:ModifyDate>
               <xmp:MetadataDate>{date}</xmp:MetadataDate>
               <xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>
               <xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
        return Encoding.UTF8.GetBytes(xml.ReplaceLineEndings("\n"));
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}

using System.Text;
using Armscope.Ingestion.Charsets;

namespace Armscope.Ingestion.Tests;

public class TextDecoderTests
{
    private readonly TextDecoder _decoder = new();

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Frégate livrée")).ToArray();

        Assert.Equal("Frégate livrée", _decoder.Decode(bytes).Text);
    }

    [Fact]
    public void Transport_charset_wins_over_a_meta_tag()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"utf-8\"></head><body>Défense</body></html>");

        var decoded = _decoder.Decode(bytes, TextDecoder.CharsetOfContentType("text/html; charset=ISO-8859-1"), MarkupKind.Html);

        Assert.Contains("Défense", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Windows_1251_russian_text_is_recognised_by_detection()
    {
        var text = string.Concat(Enumerable.Repeat("Россия начала поставки зенитных ракетных систем в соответствии с контрактом, подписанным два года назад. ", 6));
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(text);

        var decoded = _decoder.Decode(bytes);

        Assert.Equal(text, decoded.Text);
    }
}

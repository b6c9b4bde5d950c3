using Armscope.Register.Ingest;

namespace Armscope.Register.Tests;

public sealed class DocumentScreenTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Empty_text_is_refused(string text)
    {
        Assert.StartsWith("empty", DocumentScreen.Problem(text));
    }

    [Fact]
    public void Text_with_NUL_bytes_is_refused_as_binary()
    {
        Assert.StartsWith("binary", DocumentScreen.Problem("PK\u0003\u0004\0\0 zip header"));
    }

    [Fact]
    public void Text_full_of_control_characters_is_refused_as_binary()
    {
        Assert.StartsWith("binary", DocumentScreen.Problem("ab\u0001\u0002\u0003cd\u0007\u0008ef" + new string('x', 100)));
    }

    [Fact]
    public void Text_decoded_with_replacement_characters_is_refused_as_not_UTF8()
    {
        Assert.Equal("not valid UTF-8 (2 undecodable byte sequences)", DocumentScreen.Problem("Caf\uFFFD in Ankara, \uFFFDvery day."));
    }

    [Fact]
    public void Ordinary_news_text_passes()
    {
        Assert.Null(DocumentScreen.Problem("Türkiye received the S-400 in July.\r\n\tThe second battery follows.\f"));
    }
}

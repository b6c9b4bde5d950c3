using System.Text;
using Armscope.Extraction.Evaluation;

namespace Armscope.Extraction.Tests.Evaluation;

public class RefereeTextTests
{
    [Theory]
    [InlineData(0.0625, 3, "0.062")]
    [InlineData(3.0 / 16, 3, "0.188")]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.875, 2, "0.88")]
    [InlineData(2.0 / 3, 3, "0.667")]
    [InlineData(0.0005, 3, "0.001")]
    [InlineData(0.0015, 3, "0.002")]
    [InlineData(1.0, 3, "1.000")]
    [InlineData(0.0, 2, "0.00")]
    public void Figures_are_printed_as_python_prints_them_ties_to_even_on_the_exact_binary_value(double x, int digits, string text) =>
        Assert.Equal(text, RefereeText.Fixed(x, digits));

    [Fact]
    public void Python_white_space_includes_the_ascii_separators() =>
        Assert.Equal("s400", SystemKey.Normalize("S\u001f400\u00a0"));

    [Fact]
    public void Python_digits_include_superscripts_so_a_superscript_continues_a_number()
    {
        Assert.True(RefereeText.IsDigit(new Rune('²')));
        Assert.False(SystemKey.Matches("f1", "f1²"));
    }

    [Theory]
    [InlineData("s400", "'s400'")]
    [InlineData("david's sling", "\"david's sling\"")]
    public void Keys_print_as_python_reprs(string s, string repr) => Assert.Equal(repr, RefereeText.Repr(s));
}

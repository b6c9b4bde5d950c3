using Armscope.Extraction.Evaluation;

namespace Armscope.Extraction.Tests.Evaluation;

public class SystemKeyTests
{
    [Theory]
    [InlineData("S-400 Triumf", "s400triumf")]
    [InlineData("Su_35 S", "su35s")]
    [InlineData("  F-35A\t", "f35a")]
    [InlineData(null, "")]
    [InlineData("", "")]
    public void Keys_drop_case_spaces_hyphens_and_underscores(string? name, string key) =>
        Assert.Equal(key, SystemKey.Normalize(name));

    [Theory]
    [InlineData("su35", "su35s")]
    [InlineData("s400", "s400triumf")]
    [InlineData("f35", "f35a")]
    [InlineData("f35a", "f35")]
    [InlineData("rafale", "rafale")]
    [InlineData("", "")]
    public void Systems_match(string a, string b) => Assert.True(SystemKey.Matches(a, b));

    [Theory]
    [InlineData("f1", "f16")]
    [InlineData("f16", "f1")]
    [InlineData("s300", "s3000")]
    [InlineData("f", "f35")]
    [InlineData("f35a", "f35b")]
    [InlineData("s400", "")]
    [InlineData("", "s400")]
    [InlineData("hq9", "jf17")]
    public void Systems_do_not_match(string a, string b) => Assert.False(SystemKey.Matches(a, b));
}

using Armscope.Core.Vocabulary;

namespace Armscope.Register.Tests;

public sealed class KeysAndHashesTests
{
    [Theory]
    [InlineData("S-400 Triumf", "s400triumf")]
    [InlineData("Su 35", "su35")]
    [InlineData("MIM_104 Patriot", "mim104patriot")]
    [InlineData("Type 054A", "type054a")]
    public void A_system_key_is_lower_case_without_spaces_hyphens_or_underscores(string system, string key)
    {
        Assert.Equal(key, DealKey.SystemKey(system));
    }

    [Fact]
    public void A_merge_key_is_supplier_recipient_and_system()
    {
        Assert.Equal("RU|TR|s400", DealKey.For("RU", "TR", new SystemRef("S-400", WeaponCategory.AirDefenceSystems)));
    }

    [Fact]
    public void Without_a_system_the_merge_key_names_the_category()
    {
        var key = DealKey.For("US", "UA", new SystemRef(null, WeaponCategory.ArmouredVehicles));

        Assert.Equal("US|UA|category:armoured vehicles", key);
        Assert.True(DealKey.IsCategoryKey(key));
        Assert.False(DealKey.IsCategoryKey("US|UA|abrams"));
    }

    [Fact]
    public void A_deal_id_is_sixteen_hex_digits_fixed_by_its_merge_key()
    {
        var id = DealKey.IdFor("RU|TR|s400");

        Assert.Matches("^[0-9a-f]{16}$", id);
        Assert.Equal(id, DealKey.IdFor("RU|TR|s400"));
        Assert.NotEqual(id, DealKey.IdFor("RU|TR|s300"));
    }

    [Fact]
    public void Content_hash_ignores_line_wrapping_line_ends_and_byte_order_marks()
    {
        var text = "Türkiye received the S-400 in July.";

        Assert.Equal(ContentHash.Of(text), ContentHash.Of("  Türkiye received\r\nthe S-400\tin\n\n July.\n"));
        Assert.Equal(ContentHash.Of(text), ContentHash.Of("\uFEFF" + text));
        Assert.NotEqual(ContentHash.Of(text), ContentHash.Of("Türkiye received the S-400 in June."));
    }

    [Fact]
    public void Content_hash_accepts_text_with_lone_surrogates()
    {
        Assert.Matches("^[0-9a-f]{64}$", ContentHash.Of("broken \uD800 surrogate"));
    }
}

using Armscope.Core.Reference;
using Armscope.Core.Text;
using Armscope.Core.Vocabulary;

namespace Armscope.Core.Tests;

public class ReferenceDataTests
{
    private static readonly ReferenceData Data = ReferenceData.Default;

    /// <summary>The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code.</summary>
    private const string UnMembers =
        "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM CG CR " +
        "CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR " +
        "IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR " +
        "NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO " +
        "ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW";

    private static readonly Lazy<PhraseMatcher<string>> CountryWords = new(() =>
    {
        var m = new PhraseMatcher<string>();
        foreach (var c in Data.Countries)
        {
            foreach (var phrase in c.Names.Concat(c.Demonyms).Concat(c.Metonyms))
            {
                m.Add(phrase, c.Code);
            }
        }

        return m;
    });

    private static readonly Lazy<PhraseMatcher<Organisation>> OrganisationNames = new(() =>
    {
        var m = new PhraseMatcher<Organisation>();
        foreach (var o in Data.Organisations)
        {
            foreach (var alias in o.Aliases)
            {
                m.Add(alias, o);
            }
        }

        return m;
    });

    private static readonly Lazy<PhraseMatcher<WeaponCategory>> CategoryWords = new(() =>
    {
        var m = new PhraseMatcher<WeaponCategory>();
        foreach (var t in Data.CategoryTerms)
        {
            m.Add(t.Term, t.Category);
        }

        return m;
    });

    private static List<T> FindAll<T>(Lazy<PhraseMatcher<T>> matcher, string text) =>
        matcher.Value.FindAll(text, Tokenizer.Tokenize(text)).Select(m => m.Value).ToList();

    private static string StateNamedBy(string text) => Assert.Single(FindAll(CountryWords, text));

    private static IEnumerable<(string Key, string Code)> CountryPhraseKeys() =>
        Data.Countries.SelectMany(c => c.Names.Concat(c.Demonyms).Concat(c.Metonyms).Select(p => (Key: PhraseKey.Of(p), c.Code)));

    // ---- the data as a whole

    [Fact]
    public void Reference_data_has_no_problems()
    {
        Assert.Empty(ReferenceValidator.Problems(Data));
    }

    // ---- countries

    [Fact]
    public void Every_un_member_state_is_present()
    {
        var members = UnMembers.Split(' ');
        Assert.Equal(193, members.Distinct().Count());
        var missing = members.Where(code => !Data.CountriesByCode.ContainsKey(code)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("VA", "Holy See")]
    [InlineData("PS", "Palestine")]
    [InlineData("TW", "Taiwan")]
    [InlineData("XK", "Kosovo")]
    [InlineData("HK", "Hong Kong")]
    public void Observers_and_other_parties_to_arms_trade_are_present(string code, string name)
    {
        Assert.Equal(name, Data.CountriesByCode[code].Name);
    }

    [Fact]
    public void At_least_every_un_member_and_observer_is_listed()
    {
        Assert.True(Data.Countries.Count >= 195, $"only {Data.Countries.Count} countries");
    }

    [Fact]
    public void Countries_are_listed_in_code_order()
    {
        var codes = Data.Countries.Select(c => c.Code).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Every_country_is_known_by_a_full_name_not_only_its_code()
    {
        Assert.Empty(Data.Countries.Where(c => c.Name.Length < 4 || c.Name == c.Code).Select(c => c.Code));
    }

    [Fact]
    public void Every_country_word_names_exactly_one_state()
    {
        var shared = CountryPhraseKeys()
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Code).Distinct().Count() > 1)
            .Select(g => $"'{g.Key}': {string.Join(", ", g.Select(x => x.Code).Distinct())}");
        Assert.Empty(shared);
    }

    [Theory]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Republic of Korea", "KR")]
    [InlineData("South Korea", "KR")]
    [InlineData("ROK", "KR")]
    [InlineData("North Korea", "KP")]
    [InlineData("DPRK", "KP")]
    [InlineData("UAE", "AE")]
    [InlineData("Emirates", "AE")]
    [InlineData("UK", "GB")]
    [InlineData("U.K.", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Myanmar", "MM")]
    [InlineData("Burma", "MM")]
    [InlineData("US", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Holland", "NL")]
    [InlineData("Eswatini", "SZ")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("Cape Verde", "CV")]
    [InlineData("East Timor", "TL")]
    [InlineData("DRC", "CD")]
    [InlineData("Congo-Brazzaville", "CG")]
    public void Official_and_common_names_resolve_to_their_state(string name, string code)
    {
        Assert.Equal(code, StateNamedBy(name));
    }

    [Theory]
    [InlineData("Turkish", "TR")]
    [InlineData("Russian", "RU")]
    [InlineData("Russians", "RU")]
    [InlineData("American", "US")]
    [InlineData("British", "GB")]
    [InlineData("Emirati", "AE")]
    [InlineData("South Korean", "KR")]
    [InlineData("North Korean", "KP")]
    [InlineData("Saudi", "SA")]
    [InlineData("Israeli", "IL")]
    [InlineData("Pakistani", "PK")]
    [InlineData("Dutch", "NL")]
    [InlineData("Swiss", "CH")]
    [InlineData("Filipino", "PH")]
    [InlineData("Philippine", "PH")]
    [InlineData("Palestinian", "PS")]
    [InlineData("Chinese", "CN")]
    [InlineData("Taiwanese", "TW")]
    [InlineData("Nigerien", "NE")]
    [InlineData("Nigerian", "NG")]
    [InlineData("Azeri", "AZ")]
    public void Demonyms_resolve_to_their_state(string demonym, string code)
    {
        Assert.Equal(code, StateNamedBy(demonym));
    }

    [Theory]
    [InlineData("the Kremlin", "RU")]
    [InlineData("Kremlin", "RU")]
    [InlineData("Moscow", "RU")]
    [InlineData("Washington", "US")]
    [InlineData("the Pentagon", "US")]
    [InlineData("White House", "US")]
    [InlineData("State Department", "US")]
    [InlineData("Capitol Hill", "US")]
    [InlineData("New Delhi", "IN")]
    [InlineData("Delhi", "IN")]
    [InlineData("Beijing", "CN")]
    [InlineData("Zhongnanhai", "CN")]
    [InlineData("Ankara", "TR")]
    [InlineData("Seoul", "KR")]
    [InlineData("Pyongyang", "KP")]
    [InlineData("Taipei", "TW")]
    [InlineData("Downing Street", "GB")]
    [InlineData("Whitehall", "GB")]
    [InlineData("Élysée", "FR")]
    [InlineData("the Elysee", "FR")]
    [InlineData("Kyiv", "UA")]
    [InlineData("Kiev", "UA")]
    [InlineData("Islamabad", "PK")]
    [InlineData("Rawalpindi", "PK")]
    [InlineData("Tel Aviv", "IL")]
    [InlineData("Jerusalem", "IL")]
    [InlineData("Riyadh", "SA")]
    [InlineData("Abu Dhabi", "AE")]
    [InlineData("Tehran", "IR")]
    [InlineData("Canberra", "AU")]
    [InlineData("Brasilia", "BR")]
    [InlineData("Brasília", "BR")]
    [InlineData("Buenos Aires", "AR")]
    [InlineData("Kuala Lumpur", "MY")]
    [InlineData("Ramallah", "PS")]
    public void Capitals_and_seats_of_government_resolve_to_their_state(string metonym, string code)
    {
        Assert.Equal(code, StateNamedBy(metonym));
    }

    [Theory]
    [InlineData("arms for South Sudan", "SS")]
    [InlineData("patrol boats for Papua New Guinea", "PG")]
    [InlineData("Equatorial Guinea signed", "GQ")]
    [InlineData("Guinea-Bissau signed", "GW")]
    [InlineData("the Dominican Republic bought", "DO")]
    [InlineData("the Democratic Republic of the Congo", "CD")]
    [InlineData("the Republic of the Congo", "CG")]
    [InlineData("North Macedonia joined", "MK")]
    [InlineData("a plant in Northern Ireland", "GB")]
    [InlineData("a base in New South Wales", "AU")]
    [InlineData("the Papua New Guinean navy", "PG")]
    public void A_longer_name_wins_over_the_shorter_name_inside_it(string text, string code)
    {
        Assert.Equal(code, StateNamedBy(text));
    }

    [Theory]
    [InlineData("Turkiye", "Türkiye")]
    [InlineData("Elysee", "Élysée")]
    [InlineData("Brasilia", "Brasília")]
    [InlineData("Bogota", "Bogotá")]
    [InlineData("Sao Tome and Principe", "São Tomé and Príncipe")]
    public void Plain_and_accented_spellings_name_the_same_state(string plain, string accented)
    {
        Assert.Equal(StateNamedBy(plain), StateNamedBy(accented));
    }

    [Fact]
    public void Every_accented_phrase_also_has_a_plain_spelling()
    {
        // Text is written both ways, and the phrase key does not (yet) fold accents.
        var countryPhrases = Data.Countries.Select(c => c.Names.Concat(c.Demonyms).Concat(c.Metonyms).ToList());
        var organisationPhrases = Data.Organisations.Select(o => o.Aliases.ToList());
        var missing = countryPhrases.Concat(organisationPhrases)
            .SelectMany(phrases => phrases
                .Where(p => !p.All(char.IsAscii))
                .Where(p => !phrases.Any(other => other.All(char.IsAscii) && PhraseKey.Of(other) == PhraseKey.Of(Plain(p)))))
            .ToList();
        Assert.Empty(missing);
    }

    /// <summary>Latin letters without their diacritics, for the letters reference data uses.</summary>
    private static string Plain(string phrase)
    {
        const string From = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīıłñńňòóôõöøōřŕśšşșťţțùúûüūůýÿźżž";
        const string To = "aaaaaaaaacccddeeeeeeeegiiiiiilnnnooooooorrsssstttuuuuuuyyzzz";
        var chars = phrase.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var lower = char.ToLowerInvariant(chars[i]);
            var k = From.IndexOf(lower, StringComparison.Ordinal);
            if (k >= 0)
            {
                chars[i] = To[k];
            }
        }

        return new string(chars);
    }

    [Fact]
    public void Brussels_is_not_taken_for_belgium()
    {
        // News uses Brussels for the EU and NATO far more than for Belgium.
        Assert.Empty(FindAll(CountryWords, "Brussels approved the package"));
    }

    // ---- organisations

    [Fact]
    public void At_least_120_organisations()
    {
        Assert.True(Data.Organisations.Count >= 120, $"only {Data.Organisations.Count} organisations");
    }

    [Theory]
    [InlineData("Rosoboronexport", "RU")]
    [InlineData("Rostec", "RU")]
    [InlineData("Almaz-Antey", "RU")]
    [InlineData("Uralvagonzavod", "RU")]
    [InlineData("Lockheed Martin", "US")]
    [InlineData("Raytheon", "US")]
    [InlineData("RTX", "US")]
    [InlineData("General Atomics", "US")]
    [InlineData("L3Harris", "US")]
    [InlineData("GE", "US")]
    [InlineData("DSCA", "US")]
    [InlineData("Dassault", "FR")]
    [InlineData("Dassault Aviation", "FR")]
    [InlineData("Naval Group", "FR")]
    [InlineData("BAE Systems", "GB")]
    [InlineData("Rolls-Royce", "GB")]
    [InlineData("Leonardo", "IT")]
    [InlineData("KMW", "DE")]
    [InlineData("TKMS", "DE")]
    [InlineData("Saab", "SE")]
    [InlineData("Navantia", "ES")]
    [InlineData("Rafael", "IL")]
    [InlineData("IAI", "IL")]
    [InlineData("Elbit Systems", "IL")]
    [InlineData("Hanwha Aerospace", "KR")]
    [InlineData("LIG Nex1", "KR")]
    [InlineData("KAI", "KR")]
    [InlineData("Norinco", "CN")]
    [InlineData("AVIC", "CN")]
    [InlineData("Baykar", "TR")]
    [InlineData("Turkish Aerospace", "TR")]
    [InlineData("Embraer", "BR")]
    [InlineData("HAL", "IN")]
    [InlineData("BrahMos Aerospace", "IN")]
    [InlineData("Ukrspecexport", "UA")]
    [InlineData("PGZ", "PL")]
    [InlineData("PZL Mielec", "PL")]
    [InlineData("Denel", "ZA")]
    [InlineData("EDGE Group", "AE")]
    [InlineData("ST Engineering", "SG")]
    [InlineData("Czechoslovak Group", "CZ")]
    [InlineData("GDLS-Canada", "CA")]
    public void Exporters_and_national_manufacturers_stand_for_their_state(string name, string code)
    {
        var org = Assert.Single(FindAll(OrganisationNames, name));
        Assert.Equal(code, org.StateCode);
    }

    [Theory]
    [InlineData("MBDA")]
    [InlineData("NATO")]
    [InlineData("KNDS")]
    [InlineData("Airbus")]
    [InlineData("Eurofighter GmbH")]
    [InlineData("NHIndustries")]
    [InlineData("OCCAR")]
    [InlineData("European Union")]
    [InlineData("EU")]
    public void Alliances_and_multinational_firms_are_stateless(string name)
    {
        var org = Assert.Single(FindAll(OrganisationNames, name));
        Assert.Null(org.StateCode);
    }

    [Fact]
    public void Stateless_parties_keep_the_names_systems_refer_to()
    {
        var stateless = Data.Organisations.Where(o => o.StateCode is null).Select(o => o.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "NATO", "MBDA", "KNDS", "Airbus", "Eurofighter", "NHIndustries", "European Union" }, stateless);
    }

    [Fact]
    public void Organisation_kinds_are_the_known_ones()
    {
        string[] kinds = ["exporter", "manufacturer", "agency", "alliance", "multinational"];
        Assert.Empty(Data.Organisations.Where(o => !kinds.Contains(o.Kind)).Select(o => $"{o.Name}: {o.Kind}"));
    }

    [Fact]
    public void Every_organisation_alias_leads_to_one_organisation()
    {
        var shared = Data.Organisations
            .SelectMany(o => o.Aliases.Select(a => (Key: PhraseKey.Of(a), o.Name)).Distinct())
            .GroupBy(x => x.Key)
            .Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}': {string.Join(", ", g.Select(x => x.Name))}");
        Assert.Empty(shared);
    }

    [Fact]
    public void No_organisation_alias_is_a_country_word()
    {
        var countryKeys = CountryPhraseKeys().Select(x => x.Key).ToHashSet();
        var clashes = Data.Organisations.SelectMany(o => o.Aliases).Where(a => countryKeys.Contains(PhraseKey.Of(a))).ToList();
        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_exporting_region_has_a_state_export_agency_or_manufacturer()
    {
        string[] exporters = ["US", "RU", "FR", "CN", "DE", "IT", "GB", "ES", "IL", "KR", "TR", "SE", "UA", "IN", "PL", "NO", "NL", "CH", "BR", "ZA", "PK", "IR", "JP", "AE", "CZ"];
        var covered = Data.Organisations.Where(o => o.StateCode is not null).Select(o => o.StateCode!).ToHashSet();
        var uncovered = exporters.Where(code => !covered.Contains(code)).ToList();
        Assert.Empty(uncovered);
    }

    // ---- category terms

    [Fact]
    public void At_least_200_category_terms()
    {
        Assert.True(Data.CategoryTerms.Count >= 200, $"only {Data.CategoryTerms.Count} category terms");
    }

    [Fact]
    public void Every_category_term_has_a_valid_category()
    {
        // Loading already rejects an unknown category; each of the twelve categories is also reachable.
        var used = Data.CategoryTerms.Select(t => t.Category).ToHashSet();
        Assert.Equal(Enum.GetValues<WeaponCategory>().ToHashSet(), used);
    }

    [Fact]
    public void A_term_never_names_two_categories()
    {
        var clashes = Data.CategoryTerms
            .GroupBy(t => PhraseKey.Of(t.Term))
            .Where(g => g.Select(t => t.Category).Distinct().Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("system")]
    [InlineData("systems")]
    [InlineData("equipment")]
    [InlineData("hardware")]
    [InlineData("weapons")]
    [InlineData("vessel")]
    [InlineData("ships")]
    [InlineData("tanker")]
    public void Vague_words_are_not_category_terms(string word)
    {
        Assert.DoesNotContain(Data.CategoryTerms, t => PhraseKey.Of(t.Term) == PhraseKey.Of(word));
    }

    [Theory]
    [InlineData("fighter jets", WeaponCategory.Aircraft)]
    [InlineData("stealth fighter jets", WeaponCategory.Aircraft)]
    [InlineData("helicopters", WeaponCategory.Aircraft)]
    [InlineData("drones", WeaponCategory.Aircraft)]
    [InlineData("loitering munitions", WeaponCategory.Aircraft)]
    [InlineData("UAVs", WeaponCategory.Aircraft)]
    [InlineData("air defense systems", WeaponCategory.AirDefenceSystems)]
    [InlineData("air-defence systems", WeaponCategory.AirDefenceSystems)]
    [InlineData("anti-tank munitions", WeaponCategory.Missiles)]
    [InlineData("cruise missiles", WeaponCategory.Missiles)]
    [InlineData("interceptors", WeaponCategory.Missiles)]
    [InlineData("lightweight torpedoes", WeaponCategory.AntiSubmarineWarfareWeapons)]
    [InlineData("main battle tanks", WeaponCategory.ArmouredVehicles)]
    [InlineData("armored personnel carriers", WeaponCategory.ArmouredVehicles)]
    [InlineData("self-propelled howitzers", WeaponCategory.Artillery)]
    [InlineData("multiple rocket launchers", WeaponCategory.Artillery)]
    [InlineData("naval guns", WeaponCategory.NavalWeapons)]
    [InlineData("radars", WeaponCategory.Sensors)]
    [InlineData("satellites", WeaponCategory.Satellites)]
    [InlineData("jet engines", WeaponCategory.Engines)]
    [InlineData("frigates", WeaponCategory.Ships)]
    [InlineData("submarines", WeaponCategory.Ships)]
    [InlineData("remote controlled weapon stations", WeaponCategory.Other)]
    [InlineData("remote-controlled weapon stations", WeaponCategory.Other)]
    [InlineData("artillery shells", WeaponCategory.Other)]
    public void Generic_phrases_name_their_sipri_category(string phrase, WeaponCategory category)
    {
        Assert.Equal(category, Assert.Single(FindAll(CategoryWords, phrase)));
    }

    [Theory]
    [InlineData("helicopter engines", WeaponCategory.Engines)]
    [InlineData("tank engines", WeaponCategory.Engines)]
    [InlineData("aircraft carriers", WeaponCategory.Ships)]
    [InlineData("tank landing ships", WeaponCategory.Ships)]
    [InlineData("guided-missile frigates", WeaponCategory.Ships)]
    [InlineData("air defence frigates", WeaponCategory.Ships)]
    [InlineData("anti-submarine helicopters", WeaponCategory.Aircraft)]
    [InlineData("surface-to-air missile systems", WeaponCategory.AirDefenceSystems)]
    [InlineData("surface-to-air missiles", WeaponCategory.Missiles)]
    [InlineData("mortar rounds", WeaponCategory.Other)]
    public void A_longer_term_overrides_the_weapon_it_contains(string phrase, WeaponCategory category)
    {
        Assert.Equal(category, Assert.Single(FindAll(CategoryWords, phrase)));
    }

    [Theory]
    [InlineData("fighter jet", "fighter jets")]
    [InlineData("frigate", "frigates")]
    [InlineData("howitzer", "howitzers")]
    [InlineData("armoured vehicle", "armored vehicles")]
    [InlineData("air defence system", "air defense systems")]
    [InlineData("torpedo", "torpedoes")]
    public void Singular_plural_and_both_spellings_are_listed(string one, string other)
    {
        var terms = Data.CategoryTerms.Select(t => PhraseKey.Of(t.Term)).ToHashSet();
        Assert.Contains(PhraseKey.Of(one), terms);
        Assert.Contains(PhraseKey.Of(other), terms);
    }
}

using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Tests.Layers;

public class DateFinderTests
{
    /// <summary>Wednesday 16 June 2021.</summary>
    private static readonly DateOnly Wednesday = new(2021, 6, 16);

    private static List<DateMention> Find(string sentence, DateOnly? published, bool future = false) =>
        DateFinder.Find(sentence, 0, sentence.Length, published, future);

    private static DateMention Single(string sentence, DateOnly? published, bool future = false) =>
        Assert.Single(Find(sentence, published, future));

    private static string Covered(string sentence, DateMention d) => sentence[d.StartChar..d.EndChar];

    [Fact]
    public void On_a_weekday_resolves_to_the_last_such_day_on_or_before_publication()
    {
        var d = Single("The contract was initialled on Monday in the capital.", Wednesday);

        Assert.Equal(new PartialDate(2021, 6, 14), d.Date);
        Assert.Equal("on Monday", Covered("The contract was initialled on Monday in the capital.", d));
        Assert.False(d.IsFuture);
    }

    [Theory]
    [InlineData("The frigates were handed over in August and September 1985.", "August and September 1985")]
    [InlineData("Deliveries ran from March to May 2019.", "March to May 2019")]
    public void A_pair_of_months_before_a_year_takes_the_year_and_starts_with_the_first(string sentence, string covered)
    {
        var d = Single(sentence, Wednesday);

        Assert.Equal(covered, Covered(sentence, d));
        Assert.Equal(d.Date.Year, int.Parse(covered[^4..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(covered.StartsWith("August", StringComparison.Ordinal) ? 8 : 3, d.Date.Month);
    }

    [Fact]
    public void A_weekday_that_is_the_publication_day_is_that_day_itself()
    {
        Assert.Equal(new PartialDate(2021, 6, 16), Single("Officials confirmed the handover on Wednesday.", Wednesday).Date);
    }

    [Fact]
    public void Last_weekday_on_the_publication_day_is_a_week_earlier()
    {
        Assert.Equal(new PartialDate(2021, 6, 9), Single("The ministry signed last Wednesday.", Wednesday).Date);
    }

    [Fact]
    public void A_weekday_in_a_sentence_about_the_future_is_the_next_such_day_and_is_future()
    {
        var d = Single("The two sides will sign the agreement on Friday.", Wednesday, future: true);

        Assert.Equal(new PartialDate(2021, 6, 18), d.Date);
        Assert.True(d.IsFuture);
    }

    [Fact]
    public void Weekdays_and_relative_phrases_need_a_publication_date()
    {
        Assert.Empty(Find("The deal was sealed on Monday, last month or earlier this year.", published: null));
    }

    [Fact]
    public void Last_month_is_the_month_before_publication()
    {
        var d = Single("The first batch landed last month.", Wednesday);

        Assert.Equal(new PartialDate(2021, 5), d.Date);
        Assert.False(d.IsFuture);
    }

    [Fact]
    public void Last_month_in_January_is_December_of_the_previous_year()
    {
        Assert.Equal(new PartialDate(2020, 12), Single("The first batch landed last month.", new DateOnly(2021, 1, 20)).Date);
    }

    [Fact]
    public void Earlier_this_year_is_the_publication_year_and_not_future()
    {
        var d = Single("Negotiations opened earlier this year.", Wednesday);

        Assert.Equal(new PartialDate(2021), d.Date);
        Assert.Equal("earlier this year", Covered("Negotiations opened earlier this year.", d));
        Assert.False(d.IsFuture);
    }

    [Fact]
    public void Next_year_is_the_year_after_publication_and_marked_future()
    {
        var d = Single("Handovers are due to begin next year.", Wednesday);

        Assert.Equal(new PartialDate(2022), d.Date);
        Assert.True(d.IsFuture);
    }

    [Fact]
    public void A_month_with_a_year_keeps_the_month_precision()
    {
        var d = Single("The order was finalised in December 2017 after long talks.", Wednesday);

        Assert.Equal(new PartialDate(2017, 12), d.Date);
        Assert.Equal("December 2017", Covered("The order was finalised in December 2017 after long talks.", d));
        Assert.Equal("2017-12", d.Date.ToString());
    }

    [Fact]
    public void A_day_month_year_date_is_exact_to_the_day_and_needs_no_publication_date()
    {
        var d = Single("The paperwork was completed on 5 March 2019.", published: null);

        Assert.Equal(new PartialDate(2019, 3, 5), d.Date);
        Assert.Equal("5 March 2019", Covered("The paperwork was completed on 5 March 2019.", d));
    }

    [Fact]
    public void A_month_day_date_without_a_year_takes_the_publication_year_when_already_past()
    {
        var d = Single("The corvette reached port on April 10.", Wednesday);

        Assert.Equal(new PartialDate(2021, 4, 10), d.Date);
        Assert.False(d.IsFuture);
    }

    [Fact]
    public void A_month_day_date_without_a_year_that_lies_after_publication_is_last_years_in_a_past_sentence()
    {
        Assert.Equal(new PartialDate(2020, 6, 20), Single("The corvette reached port on June 20.", Wednesday).Date);
    }

    [Fact]
    public void A_month_day_date_without_a_year_in_a_future_sentence_is_the_next_one()
    {
        var d = Single("The corvette will reach port on April 10.", Wednesday, future: true);

        Assert.Equal(new PartialDate(2022, 4, 10), d.Date);
        Assert.True(d.IsFuture);
    }

    [Fact]
    public void A_month_day_date_without_a_year_is_dropped_when_publication_is_unknown()
    {
        Assert.Empty(Find("The corvette reached port on April 10.", published: null));
    }

    [Fact]
    public void Between_late_one_year_and_early_the_next_is_a_range_whose_first_mention_is_the_start()
    {
        var dates = Find("Handover could take place between late 2019 and early 2020.", new DateOnly(2019, 4, 29));

        Assert.Equal(2, dates.Count);
        Assert.Equal(new PartialDate(2019), dates[0].Date);
        Assert.True(dates[0].IsRange);
        Assert.True(dates[1].IsRange);
        Assert.True(dates[0].StartChar < dates[1].StartChar);
    }

    [Fact]
    public void A_single_year_is_not_a_range()
    {
        Assert.False(Single("The howitzers were bought in 2016.", Wednesday).IsRange);
    }

    [Theory]
    [InlineData("The army relied on such tanks in the 1990s.")]
    [InlineData("Both navies modernised during the 1980s and 1990s.")]
    public void A_decade_is_not_a_date(string sentence) => Assert.Empty(Find(sentence, Wednesday));

    [Theory]
    [InlineData("Officials said the navy may order two more submarines.")]
    [InlineData("It may take years before the jets are ready.")]
    public void May_as_a_modal_verb_is_not_a_date(string sentence) => Assert.Empty(Find(sentence, Wednesday));

    [Fact]
    public void May_after_in_is_the_month()
    {
        Assert.Equal(new PartialDate(2021, 5), Single("The contract was signed in May.", Wednesday).Date);
    }

    [Fact]
    public void May_with_a_year_is_the_month_wherever_it_stands()
    {
        Assert.Equal(new PartialDate(2020, 5), Single("May 2020 saw the final delivery.", Wednesday).Date);
    }

    [Fact]
    public void A_day_of_May_is_a_date()
    {
        Assert.Equal(new PartialDate(2018, 5, 3), Single("The deal closed on 3 May 2018.", Wednesday).Date);
    }

    [Theory]
    [InlineData("The allocation in fiscal 2023-24 covers the radars.", "fiscal 2023-24")]
    [InlineData("Funds for FY2023-24 include the radars.", "FY2023-24")]
    public void A_fiscal_year_is_one_date_at_its_first_calendar_year(string sentence, string covered)
    {
        var d = Single(sentence, Wednesday);

        Assert.Equal(new PartialDate(2023), d.Date);
        Assert.Equal(covered, Covered(sentence, d));
    }

    [Fact]
    public void Measurements_and_troop_counts_that_look_like_years_are_not_dates()
    {
        Assert.Empty(Find("The missile flies 2000 km and 1950 troops guard the site.", Wednesday));
    }

    [Fact]
    public void A_year_before_publication_is_not_future_and_a_year_after_is()
    {
        var dates = Find("Ordered in 2019, the frigates are due in 2024.", Wednesday);

        Assert.Equal([false, true], dates.Select(d => d.IsFuture).ToList());
    }

    [Fact]
    public void Dates_come_back_in_order_of_appearance_with_offsets_into_the_text()
    {
        var text = "Intro sentence here. Signed in 2018 and delivered on 2 February 2020.";
        var start = text.IndexOf("Signed", StringComparison.Ordinal);

        var dates = DateFinder.Find(text, start, text.Length, Wednesday, futureContext: false);

        Assert.Equal(["2018", "2 February 2020"], dates.Select(d => text[d.StartChar..d.EndChar]).ToList());
        Assert.Equal([new PartialDate(2018), new PartialDate(2020, 2, 2)], dates.Select(d => d.Date).ToList());
    }

    [Theory]
    [InlineData("The ministry said on Thursday it had signed.")]
    [InlineData("Signed on 5 March.")]
    [InlineData("Kyiv confirmed the handover yesterday.")]
    [InlineData("The jets arrived two weeks ago.")]
    public void A_sentence_with_a_day_is_one_that_may_name_a_day(string sentence)
    {
        Assert.Contains(Find(sentence, Wednesday), d => d.Date.Day is not null);
        Assert.True(DateFinder.MayFindADay(sentence, 0, sentence.Length));
    }

    [Fact]
    public void Hours_later_is_the_day_of_the_date_before_and_may_name_a_day()
    {
        var text = "The first jets left on 14 June 2021. Hours later, they landed.";
        var start = text.IndexOf("Hours", StringComparison.Ordinal);

        Assert.Equal(new PartialDate(2021, 6, 14), Assert.Single(DateFinder.Find(text, start, text.Length, Wednesday, futureContext: false)).Date);
        Assert.True(DateFinder.MayFindADay(text, start, text.Length));
    }

    [Theory]
    [InlineData("The frigates were ordered in 2019 and delivered last year.")]
    [InlineData("Deliveries begin next month, in the spring.")]
    public void Years_months_and_seasons_name_no_day(string sentence)
    {
        Assert.DoesNotContain(Find(sentence, Wednesday), d => d.Date.Day is not null);
        Assert.False(DateFinder.MayFindADay(sentence, 0, sentence.Length));
    }
}

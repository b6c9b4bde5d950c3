using Armscope.Core.Vocabulary;
using Armscope.Register.Export;
using static Armscope.Core.Vocabulary.TransferStatus;

namespace Armscope.Register.Tests;

public sealed class CsvExportTests
{
    [Fact]
    public void Delivery_years_collapse_runs_as_the_SIPRI_register_writes_them()
    {
        var timeline = new[] { Delivered("2019-07"), Delivered("2020"), Delivered("2021-02"), Delivered("2023"), Delivered("2019-09") };

        Assert.Equal("2019-2021; 2023", CsvExport.DeliveryYears(timeline));
    }

    [Fact]
    public void Only_deliveries_stated_as_fact_count_as_delivery_years()
    {
        var timeline = new[] { Delivered("2019"), Delivered("2020", Modality.Planned) };

        Assert.Equal("2019", CsvExport.DeliveryYears(timeline));
        Assert.Null(CsvExport.DeliveryYears([Delivered("2020", Modality.Possible)]));
    }

    [Fact]
    public void Order_year_is_that_of_the_earliest_actual_order()
    {
        var timeline = new[]
        {
            Event(Order, "2015", Modality.Planned),
            Event(Order, "2017-12"),
            Event(Order, "2018-03"),
        };

        Assert.Equal(2017, CsvExport.OrderYear(timeline));
    }

    [Fact]
    public void Fields_with_commas_or_quotes_are_quoted()
    {
        var deal = new Deal(
            "0123456789abcdef",
            "MBDA|FR|category:missiles",
            new Party("MBDA", "MBDA"),
            new Party("FR", "France, Republic of"),
            null,
            WeaponCategory.Missiles,
            Order,
            PartialDate.Of(new DateOnly(2020, 1, 2)),
            null,
            12,
            new Money(1234.50m, "EUR"),
            3,
            2);

        var row = CsvExport.Row(new DealDetail(deal, [Event(Order, "2020-01-02")]));

        Assert.Equal("0123456789abcdef,MBDA,MBDA,FR,\"France, Republic of\",,missiles,order,2020,12,,1234.5,EUR,2020-01-02,,2,3", row);
    }

    private static DealEvent Delivered(string when, Modality modality = Modality.Actual) => Event(Delivery, when, modality);

    private static DealEvent Event(TransferStatus status, string when, Modality modality = Modality.Actual) =>
        new(status, modality, PartialDate.TryParse(when, out var d) ? d : throw new ArgumentException(when), null, null, null, []);
}

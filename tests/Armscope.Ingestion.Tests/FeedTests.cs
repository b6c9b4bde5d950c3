namespace Armscope.Ingestion.Tests;

public class FeedTests
{
    internal const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Defence wire</title><link>https://wire.example.net/</link><language>en-us</language>
        <item>
          <title>Navy orders two &amp; more frigates</title>
          <link>https://wire.example.net/frigates</link>
          <guid isPermaLink="false">wire-2001</guid>
          <pubDate>Tue, 19 Nov 2019 23:30:00 -0500</pubDate>
          <description>&lt;p&gt;The navy signed a contract for two frigates.&lt;/p&gt;&lt;p&gt;Delivery is due in 2024.&lt;/p&gt;</description>
        </item>
        <item>
          <title>Tanks delivered</title>
          <link>https://wire.example.net/tanks</link>
          <description>The army received the first tanks.</description>
        </item>
        </channel></rss>
        """;

    [Fact]
    public void Rss_items_become_documents_with_guid_ids_and_their_own_dates()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("wire.xml", Rss);

        var results = Reading.ReadAll(path);
        var documents = results.Select(r => r.Document!).ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal("en", results[0].Language);
        Assert.Equal("wire-2001", documents[0].Id);
        Assert.Equal("Navy orders two & more frigates", documents[0].Title);
        Assert.Equal(new DateOnly(2019, 11, 19), documents[0].Published);
        Assert.Equal("https://wire.example.net/frigates", documents[0].Source);
        Assert.Equal("The navy signed a contract for two frigates.\n\nDelivery is due in 2024.", documents[0].Text);
    }

    [Fact]
    public void Rss_item_without_guid_takes_its_link_as_id_and_the_default_date()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("wire.rss", Rss);

        var second = Reading.ReadAll(path)[1].Document!;

        Assert.Equal("https://wire.example.net/tanks", second.Id);
        Assert.Equal(new DateOnly(2019, 4, 29), second.Published);
    }

    [Fact]
    public void Atom_entry_with_only_an_updated_date_is_dated_by_it()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Procurement notes</title><id>urn:example:feed</id><updated>2021-05-02T10:00:00Z</updated>
              <entry>
                <title>Helicopters handed over</title>
                <id>urn:example:entry:7</id>
                <link href="https://notes.example.com/7"/>
                <updated>2021-05-01T18:20:00+02:00</updated>
                <summary>Six helicopters were handed over to the air force.</summary>
              </entry>
            </feed>
            """);

        var document = Assert.Single(Reading.ReadAll(path)).Document!;

        Assert.Equal("urn:example:entry:7", document.Id);
        Assert.Equal(new DateOnly(2021, 5, 1), document.Published);
        Assert.Equal("Six helicopters were handed over to the air force.", document.Text);
        Assert.Equal("https://notes.example.com/7", document.Source);
    }

    [Fact]
    public void Gzip_compressed_feed_is_read_transparently()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("wire.xml.gz", Scratch.Gzip(Rss));

        Assert.Equal(2, Reading.ReadAll(path).Count(r => r.Document is not null));
    }
}

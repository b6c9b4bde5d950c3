using System.Globalization;
using System.Text;

namespace Armscope.Register.Tests.Corpus;

/// <summary>
/// Inputs meant to break a reader or an extractor: random bytes, truncated and deeply nested HTML, 10 MB single
/// lines, wrong and mixed encodings, zero-width and bidi characters, absurd numbers and dates, JSON Lines with broken
/// lines. Made in memory from a seed; <see cref="Input.Inputs"/> says how many documents each file holds for a reader.
/// </summary>
public static class HostileInputs
{
    /// <summary>One file to read: its name (the extension picks the reader), bytes, kind, and how many inputs it holds.</summary>
    public sealed record Input(string Name, byte[] Bytes, string Kind, int Inputs);

    private static readonly string[] Sentences =
    [
        "Turkey signed a contract with Russia to buy four S-400 systems.",
        "France delivered 12 Rafale jets to India in July 2020.",
        "Egypt has ordered 24 Su-35 from Russia, the ministry said.",
        "Poland plans to buy F-35 fighters from the United States.",
    ];

    private static readonly string[] Invisible = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u061C", "\u0301"];

    private static readonly string[] AbsurdQuantities =
    [
        "999999999999999999999999999999", "-12", "1e308", "9,999,999,999,999,999", "0x7FFFFFFF", "NaN", "∞", "2147483648", "twelve thousand million billion",
    ];

    private static readonly string[] AbsurdDates =
    [
        "February 30, 2019", "in the year 99999", "in year 0", "on 31/31/2020", "in March -44", "in 1e9", "on 2019-13-45", "in Smarch 2020", "on 0000-00-00",
    ];

    private static readonly string[] AbsurdValues = ["$1e308 billion", "€-5 million", "$99999999999999999999999999999999 trillion", "USD NaN", "£0.0000000001"];

    /// <summary>
    /// The inputs: <paramref name="scale"/> 1 gives some 10,300 documents for a reader (the three 10 MB lines included
    /// when <paramref name="hugeLines"/>); smaller scales give a sample of each kind.
    /// </summary>
    public static IReadOnlyList<Input> Generate(int seed, double scale = 1, bool hugeLines = true)
    {
        var random = new Random(seed);
        var inputs = new List<Input>();
        int N(int full) => Math.Max(1, (int)(full * scale));
        string Sentence() => Sentences[random.Next(Sentences.Length)];

        string[] extensions = [".txt", ".html", ".jsonl", ".xml", ".warc", ".htm", ".json", ".rss"];
        for (var i = 0; i < N(1500); i++)
        {
            var bytes = new byte[random.Next(0, 4097)];
            random.NextBytes(bytes);
            inputs.Add(new($"random-{i}{extensions[i % extensions.Length]}", bytes, "random bytes", 1));
        }

        for (var i = 0; i < N(1500); i++)
        {
            var page = Encoding.UTF8.GetBytes(Page(Sentence() + " " + Sentence(), i));
            inputs.Add(new($"truncated-{i}.html", page[..random.Next(0, page.Length)], "truncated HTML", 1));
        }

        for (var i = 0; i < N(300); i++)
        {
            var depth = random.Next(500, 60_000);
            var (open, close) = (i % 3) switch { 0 => ("<div>", "</div>"), 1 => ("<b><i>", ""), _ => ("<table><tr><td>", "</td></tr></table>") };
            var html = new StringBuilder("<!doctype html><html><head><title>Nested</title></head><body>", depth * 20);
            for (var d = 0; d < depth; d++)
            {
                html.Append(open);
            }

            html.Append("<p>").Append(Sentence()).Append("</p>");
            for (var d = 0; d < depth && close.Length > 0 && i % 2 == 0; d++)
            {
                html.Append(close);
            }

            inputs.Add(new($"nested-{i}.html", Encoding.UTF8.GetBytes(html.ToString()), "deeply nested HTML", 1));
        }

        if (hugeLines)
        {
            const int TenMegabytes = 10 * 1024 * 1024;
            var words = new StringBuilder(TenMegabytes + 100);
            while (words.Length < TenMegabytes)
            {
                words.Append(Sentence()).Append(' ');
            }

            var line = words.ToString(0, TenMegabytes);
            inputs.Add(new("huge-line.txt", Encoding.UTF8.GetBytes(line), "10 MB single line", 1));
            inputs.Add(new("huge-line.jsonl", Encoding.UTF8.GetBytes($"{{\"id\":\"huge\",\"text\":\"{line}\"}}\n"), "10 MB single line", 1));
            inputs.Add(new("huge-line.html", Encoding.UTF8.GetBytes($"<html><body><p>{line}</p></body></html>"), "10 MB single line", 1));
        }

        for (var i = 0; i < N(1500); i++)
        {
            var text = "Le Brésil a commandé des Gripen à la Suède, déclaré à São Paulo. " + Sentence() + " Item " + i.ToString(CultureInfo.InvariantCulture);
            var (bytes, name) = (i % 7) switch
            {
                0 => (Encoding.Latin1.GetBytes(text), $"latin1-{i}.txt"),
                1 => (Encoding.Unicode.GetBytes(text), $"utf16le-nobom-{i}.txt"),
                2 => ([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], $"utf16be-bom-{i}.txt"),
                3 => ([.. Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), .. Encoding.Latin1.GetBytes(text[(text.Length / 2)..])], $"mixed-{i}.txt"),
                4 => (Encoding.Latin1.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body><p>{text}</p></body></html>"), $"wrong-charset-{i}.html"),
                5 => (Encoding.UTF8.GetBytes($"<html><head><meta charset=\"shift_jis\"></head><body><p>{text}</p></body></html>"), $"claims-sjis-{i}.html"),
                _ => ([.. Encoding.UTF8.GetBytes(text), 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x90, 0x28, 0xBC], $"bad-utf8-{i}.txt"),
            };
            inputs.Add(new(name, bytes, "wrong or mixed encoding", 1));
        }

        for (var i = 0; i < N(1500); i++)
        {
            var sentence = new StringBuilder();
            foreach (var c in Sentence() + " " + Sentence())
            {
                sentence.Append(c);
                if (random.Next(4) == 0)
                {
                    sentence.Append(Invisible[random.Next(Invisible.Length)]);
                }
            }

            sentence.Append(CultureInfo.InvariantCulture, $" Note {i}.");
            var text = sentence.ToString();
            inputs.Add(i % 3 == 0
                ? new($"invisible-{i}.jsonl", Encoding.UTF8.GetBytes(JsonLine($"invisible-{i}", text, "2020-01-01") + (i % 2 == 0 ? "\n" : "")), "zero-width and bidi characters", 1)
                : new($"invisible-{i}.txt", Encoding.UTF8.GetBytes(text), "zero-width and bidi characters", 1));
        }

        for (var i = 0; i < N(1500); i++)
        {
            var text = (i % 3) switch
            {
                0 => $"Turkey signed a contract with Russia {AbsurdDates[random.Next(AbsurdDates.Length)]} to buy {AbsurdQuantities[random.Next(AbsurdQuantities.Length)]} S-400 systems.",
                1 => $"France delivered {AbsurdQuantities[random.Next(AbsurdQuantities.Length)]} Rafale jets worth {AbsurdValues[random.Next(AbsurdValues.Length)]} to India {AbsurdDates[random.Next(AbsurdDates.Length)]}.",
                _ => $"Egypt has ordered {AbsurdQuantities[random.Next(AbsurdQuantities.Length)]} Su-35 from Russia for {AbsurdValues[random.Next(AbsurdValues.Length)]}, officials said {AbsurdDates[random.Next(AbsurdDates.Length)]}.",
            };
            var published = (i % 4) switch { 0 => "0001-01-01", 1 => "9999-12-31", 2 => "2019-02-30", _ => "yesterday" };
            inputs.Add(new($"absurd-{i}.jsonl", Encoding.UTF8.GetBytes(JsonLine($"absurd-{i}", text + $" Case {i}.", published) + "\n"), "absurd numbers and dates", 1));
        }

        for (var i = 0; i < N(500); i++)
        {
            var lines = new List<string>
            {
                JsonLine($"good-{i}", Sentence() + $" Line {i}.", "2021-05-05"),
                (i % 5) switch
                {
                    0 => JsonLine($"cut-{i}", Sentence(), "2021-05-05")[..20],
                    1 => "{\"id\": 5, \"text\": 12345}",
                    2 => "{\"id\": \"no-text\", \"title\": \"missing body\"}",
                    3 => new string('[', 5000) + new string(']', 5000),
                    _ => "{\"id\":\"nul\",\"text\":\"a\\u0000b " + Sentence() + "\"}",
                },
                "not json at all " + i.ToString(CultureInfo.InvariantCulture),
                JsonLine($"lone-{i}", "Surrogate \\ud800 here. " + Sentence(), "2021-05-05").Replace("\\\\ud800", "\\ud800", StringComparison.Ordinal),
                "{\"id\":\"big\",\"text\":\"" + Sentence() + $" Big {i}.\",\"published\":\"" + new string('9', 400) + "\"}",
            };
            inputs.Add(new($"broken-{i}.jsonl", Encoding.UTF8.GetBytes(string.Join("\n", lines)), "JSON Lines with broken lines", lines.Count));
        }

        return inputs;
    }

    private static string Page(string body, int i) => $"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report {i}</title>
        <meta property="article:published_time" content="2020-03-0{1 + (i % 9)}"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Report {i}</h1><p>{body}</p><p>More text follows here for page {i}.</p></article>
        <footer>Copyright</footer></body></html>
        """;

    private static string JsonLine(string id, string text, string published) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text, ["published"] = published });
}

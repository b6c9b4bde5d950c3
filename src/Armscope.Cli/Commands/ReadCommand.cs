using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Armscope.Core.Vocabulary;
using Armscope.Ingestion;
using Spectre.Console;

namespace Armscope.Cli.Commands;

/// <summary>`armscope read`: shows the documents Armscope would read from its inputs, without extracting anything.</summary>
internal static class ReadCommand
{
    private const int RowsPerTable = 100;

    public static Command Create()
    {
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };
        var json = new Option<bool>("--json") { Description = "Write JSON Lines: {\"id\", \"title\", \"published\", \"source\", \"text\"} per document." };
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Text, HTML, JSON Lines, RSS/Atom, WARC files (optionally .gz), folders, http(s) URLs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("read", "Read inputs into documents and print them (no extraction).") { published, json, paths };
        command.SetAction(parse =>
        {
            if (!DocumentOptions.TryPublished(parse, published, out var date))
            {
                return 2;
            }

            return Run(parse.GetValue(paths)!, date, parse.GetValue(json));
        });
        return command;
    }

    private static int Run(string[] paths, DateOnly? published, bool json)
    {
        var options = new ReaderOptions
        {
            DefaultPublished = published,
            Notice = (origin, remark) => Console.Error.WriteLine($"armscope: {origin}: {remark}"),
        };
        var failures = 0;
        var rows = new List<ReadResult>();
        using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var item in new DocumentReader(options).Read(paths))
        {
            if (item.Document is null)
            {
                failures++;
                stdout.Flush();
                Console.Error.WriteLine($"armscope: {item.Origin}: {item.Error}");
                continue;
            }

            if (json)
            {
                stdout.WriteLine(Line(item));
                continue;
            }

            rows.Add(item);
            if (rows.Count == RowsPerTable)
            {
                WriteTable(rows);
            }
        }

        stdout.Flush();
        if (!json)
        {
            WriteTable(rows);
        }

        return failures == 0 ? 0 : 1;
    }

    private static string Line(ReadResult item)
    {
        var d = item.Document!;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("title", d.Title);
            w.WriteString("published", d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("source", d.Source);
            if (item.Language is { } language)
            {
                w.WriteString("language", language);
            }

            w.WriteString("text", d.Text);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTable(List<ReadResult> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = new Table();
        foreach (var h in new[] { "id", "title", "published", "lang", "chars", "source" })
        {
            table.AddColumn(h);
        }

        foreach (var row in rows)
        {
            Document d = row.Document!;
            table.AddRow(
                Markup.Escape(Shorten(d.Id, 40)),
                Markup.Escape(Shorten(d.Title ?? "—", 60)),
                d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                row.Language ?? "—",
                d.Text.Length.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(Shorten(d.Source ?? "—", 60)));
        }

        AnsiConsole.Write(table);
        rows.Clear();
    }

    private static string Shorten(string s, int max) => s.Length > max ? s[..(max - 1)] + "…" : s;
}

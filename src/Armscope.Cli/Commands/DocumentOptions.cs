using System.CommandLine;
using System.Globalization;
using Armscope.Register.Ingest;

namespace Armscope.Cli.Commands;

/// <summary>Options that every command reading documents shares: --published, --max-doc-bytes and --doc-timeout.</summary>
internal static class DocumentOptions
{
    /// <summary>The --published date; on a malformed one prints why and returns false.</summary>
    public static bool TryPublished(ParseResult parse, Option<string?> option, out DateOnly? date)
    {
        date = null;
        if (parse.GetValue(option) is not { } text)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            Console.Error.WriteLine($"armscope: --published '{text}' is not a date of the form YYYY-MM-DD");
            return false;
        }

        date = parsed;
        return true;
    }

    /// <summary>The per-document limits; on invalid ones prints why and returns false.</summary>
    public static bool TryLimits(ParseResult parse, Option<long> maxDocBytes, Option<double> docTimeout, out DocumentLimits limits)
    {
        limits = new DocumentLimits { MaxBytes = parse.GetValue(maxDocBytes), Timeout = TimeSpan.FromSeconds(Math.Min(parse.GetValue(docTimeout), TimeSpan.MaxValue.TotalSeconds / 2)) };
        try
        {
            limits.Validate();
            return true;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.Error.WriteLine($"armscope: {e.Message.Split(" (Parameter", 2)[0]}");
            return false;
        }
    }
}

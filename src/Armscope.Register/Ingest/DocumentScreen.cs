namespace Armscope.Register.Ingest;

/// <summary>Refuses text that is not worth a register entry: empty, binary, or decoded from bytes that were not valid UTF-8.</summary>
public static class DocumentScreen
{
    /// <summary>Share of control characters above which text is taken for binary data.</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>Why the text cannot be ingested, in a few words; null when it can.</summary>
    public static string? Problem(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty: no text to read";
        }

        var controls = 0;
        var replacements = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return "binary data (NUL bytes), not text";
            }

            if (c == '\uFFFD')
            {
                replacements++;
            }
            else if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        if (controls > text.Length * MaxControlShare)
        {
            return "binary data (control characters), not text";
        }

        // A decoder writes U+FFFD for every byte sequence it could not read: the file is in another encoding or damaged.
        return replacements > 0
            ? $"not valid UTF-8 ({replacements} undecodable byte sequence{(replacements == 1 ? "" : "s")})"
            : null;
    }
}

using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

/// <summary>
/// Tests over a run of token positions, for rules that would read <c>Enumerable.Range(from, count).Any(k => ...)</c>: the
/// same answers, with no range iterator, closure or delegate per call when the test is a static lambda taking the
/// sentence. A negative count throws as <see cref="Enumerable.Range"/> does.
/// </summary>
internal static class TokenRun
{
    /// <summary>Whether <paramref name="test"/> holds at any position of [from, from + count).</summary>
    public static bool Any(AnalyzedSentence s, int from, int count, Func<AnalyzedSentence, int, bool> test)
    {
        CheckCount(from, count);
        for (var k = from; k < from + count; k++)
        {
            if (test(s, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="test"/> holds at every position of [from, from + count) (true when there is none).</summary>
    public static bool All(AnalyzedSentence s, int from, int count, Func<AnalyzedSentence, int, bool> test)
    {
        CheckCount(from, count);
        for (var k = from; k < from + count; k++)
        {
            if (!test(s, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first position of [from, from + count) where <paramref name="test"/> holds, else <paramref name="none"/>.</summary>
    public static int First(AnalyzedSentence s, int from, int count, Func<AnalyzedSentence, int, bool> test, int none)
    {
        CheckCount(from, count);
        for (var k = from; k < from + count; k++)
        {
            if (test(s, k))
            {
                return k;
            }
        }

        return none;
    }

    /// <summary>The last position of [from, from + count) where <paramref name="test"/> holds, else <paramref name="none"/>.</summary>
    public static int Last(AnalyzedSentence s, int from, int count, Func<AnalyzedSentence, int, bool> test, int none)
    {
        CheckCount(from, count);
        for (var k = from + count - 1; k >= from; k--)
        {
            if (test(s, k))
            {
                return k;
            }
        }

        return none;
    }

    /// <summary>How many positions of [from, from + count) <paramref name="test"/> holds at.</summary>
    public static int Count(AnalyzedSentence s, int from, int count, Func<AnalyzedSentence, int, bool> test)
    {
        CheckCount(from, count);
        var n = 0;
        for (var k = from; k < from + count; k++)
        {
            if (test(s, k))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Throws what <see cref="Enumerable.Range"/> throws for the same arguments, so a rule fails as it did with it.</summary>
    private static void CheckCount(int from, int count)
    {
        if (count < 0 || (long)from + count - 1 > int.MaxValue)
        {
            _ = Enumerable.Range(from, count);
        }
    }
}

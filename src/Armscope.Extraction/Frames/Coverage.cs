using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

/// <summary>
/// Whether a token lies inside a mention of the sentence: the rules ask this of token after token in their loops, where
/// <c>s.Weapons.Any(x => x.First &lt;= k &amp;&amp; k &lt; x.End)</c> cost a closure and a delegate per token.
/// </summary>
internal static class Coverage
{
    public static bool InWeapon(AnalyzedSentence s, int k)
    {
        foreach (var x in s.Weapons)
        {
            if (x.First <= k && k < x.End)
            {
                return true;
            }
        }

        return false;
    }

    public static bool InTrigger(AnalyzedSentence s, int k)
    {
        foreach (var t in s.Triggers)
        {
            if (t.First <= k && k < t.End)
            {
                return true;
            }
        }

        return false;
    }

    public static bool InParty(AnalyzedSentence s, int k)
    {
        foreach (var p in s.Parties)
        {
            if (p.First <= k && k < p.End)
            {
                return true;
            }
        }

        return false;
    }

    public static bool InCue(AnalyzedSentence s, int k)
    {
        foreach (var c in s.Cues)
        {
            if (c.First <= k && k < c.End)
            {
                return true;
            }
        }

        return false;
    }
}

using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

/// <summary>
/// Whether a token lies inside a mention of the sentence: the rules ask this of token after token in their loops, where
/// <c>s.Weapons.Any(x => x.First &lt;= k &amp;&amp; k &lt; x.End)</c> cost a closure and a delegate per token.
/// </summary>
internal static class Coverage
{
    public static bool InWeapon(AnalyzedSentence s, int k) => TokenSpans.Covers(s.Weapons, k);

    public static bool InTrigger(AnalyzedSentence s, int k) => TokenSpans.Covers(s.Triggers, k);

    public static bool InParty(AnalyzedSentence s, int k) => TokenSpans.Covers(s.Parties, k);

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

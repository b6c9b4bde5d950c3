using System.Text;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Tests.Layers;

/// <summary>The narrowed window must find exactly what the quantity pattern finds on the whole 60 characters.</summary>
public class QuantityWindowTests
{
    private static readonly string[] Parts =
    [
        "one", "Two", "THREE", "twenty", "twenty-five", "twenty five", "Ninety-nine", "a", "pair", "of", "a pair of", "dozen", "two dozen", "hundred",
        "a hundred", "one hundred", "more", "New", "mORE", "used", "second-hand", "secondhand", "ex-Soviet", "light", "Older", "Rafale", "Su-30",
        "jets", "the", "often", "money", "tone", "1,000", "12", "1999", "ten", "\u017Fix", "\u212Aelvin", "\u0663", "x24", "5S", "\u00a0", " ", "  ",
        "\n", "\t", "-", ",", ".", "$", "€5", "about",
    ];

    [Fact]
    public void The_narrowed_window_finds_what_the_whole_window_finds()
    {
        var regex = SentenceAnalyzer.QuantityBeforeRegex();
        var rnd = new Random(7);
        var skipped = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            for (var i = rnd.Next(1, 12); i > 0; i--)
            {
                sb.Append(Parts[rnd.Next(Parts.Length)]);
                if (rnd.Next(3) > 0)
                {
                    sb.Append(' ');
                }
            }

            var text = sb.ToString();
            foreach (var at in new[] { text.Length, rnd.Next(text.Length + 1) })
            {
                var from = Math.Max(0, at - 60);
                var whole = regex.Match(text, from, at - from);
                var start = QuantityWindow.Start(text, from, at);
                if (start < 0)
                {
                    skipped++;
                    Assert.False(whole.Success, $"missed '{whole.Value}' in '{text[from..at]}'");
                    continue;
                }

                var narrowed = regex.Match(text, start, at - start);
                Assert.Equal((whole.Success, whole.Index, whole.Length, whole.Groups["q"].Index, whole.Groups["q"].Length),
                    (narrowed.Success, narrowed.Index, narrowed.Length, narrowed.Groups["q"].Index, narrowed.Groups["q"].Length));
            }
        }

        Assert.True(skipped > 1_000, "the window should rule out a search often");
    }
}

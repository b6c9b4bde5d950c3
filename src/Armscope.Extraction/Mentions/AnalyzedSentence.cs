using Armscope.Core.Text;
using Armscope.Extraction.Sentences;

namespace Armscope.Extraction.Mentions;

/// <summary>A sentence with its tokens and every mention found in it. Token indices in mentions refer to <see cref="Tokens"/>.</summary>
public sealed class AnalyzedSentence
{
    public required string Text { get; init; }

    public required SentenceSpan Span { get; init; }

    public required List<Token> Tokens { get; init; }

    /// <summary>The tokens' folded forms, each computed once: rules ask for the same words many times.</summary>
    public TokenFolds Folds
    {
        get => _folds ??= new TokenFolds(Text, Tokens);
        init => _folds = value;
    }

    private TokenFolds? _folds;

    public required List<PartyMention> Parties { get; init; }

    public required List<WeaponMention> Weapons { get; init; }

    public required List<TriggerMention> Triggers { get; init; }

    public required List<(int First, int End, CueEffect Effect)> Cues { get; init; }

    /// <summary>Dates of the sentence, found on first use: most sentences never need them (no trigger, or no weapon for it).</summary>
    public List<DateMention> Dates
    {
        get => _dates ??= SentenceAnalyzer.FindDates(this);
        init => _dates = value;
    }

    /// <summary>Amounts of money of the sentence, found on first use like <see cref="Dates"/>.</summary>
    public List<MoneyMention> Money
    {
        get => _money ??= MoneyFinder.Find(Text, Span.Start, Span.End, this);
        init => _money = value;
    }

    /// <summary>The document's publication date, which resolves relative dates ("last year") in <see cref="Dates"/>.</summary>
    public DateOnly? Published { get; init; }

    private string? _evidence;
    private List<DateMention>? _dates;
    private List<MoneyMention>? _money;

    /// <summary>True for the headline (first line of a document followed by a blank line).</summary>
    public bool IsHeadline { get; init; }

    /// <summary>The sentence's text, cut once: rules, every record from the sentence and the date and money patterns ask for it.</summary>
    public string Evidence => _evidence ??= Text[Span.Start..Span.End];

    public string Word(int token) => Tokens[token].TextIn(Text);

    public string Lower(int token) => Folds[token];

    /// <summary>The token index at or after a character offset.</summary>
    public int TokenAt(int charOffset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > charOffset)
            {
                return i;
            }
        }

        return Tokens.Count;
    }
}

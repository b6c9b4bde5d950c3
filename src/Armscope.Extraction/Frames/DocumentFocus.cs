using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

/// <summary>What a document has been talking about so far: the last named weapon and the last transfer's parties, for "it", "the deal", "the system".</summary>
public sealed class DocumentFocus
{
    /// <summary>The last weapon named, for "it", "they" and "the system".</summary>
    public WeaponMention? Weapon { get; set; }

    /// <summary>The day of the news, from the lead ("said on Thursday"): the date of stances the report states without one.</summary>
    public PartialDate? StoryDate { get; set; }

    /// <summary>Every named weapon so far, in order: "the frigates" is the last one of that kind.</summary>
    public List<WeaponMention> Named { get; } = [];

    /// <summary>First words of the longer system names told so far ("lynx" of "Lynx KF41"), with their mention.</summary>
    public Dictionary<string, WeaponMention> NameWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The last named weapon of a kind; for aircraft the weapon in focus, since "the fighters" after a helicopter was named
    /// are not that helicopter; where the mention's head tells its kind of aircraft ("the jets") and the weapon in focus
    /// is of another ("Caracal helicopters") or no aircraft, the last aircraft of that kind the story told a step of.
    /// </summary>
    public WeaponMention? LastNamed(Core.Vocabulary.WeaponCategory category, string? origin = null, string? aircraftKind = null)
    {
        if (category != Core.Vocabulary.WeaponCategory.Aircraft)
        {
            return Named.FindLast(w => w.Category == category) is { } named ? TradedRatherThan(named, origin) : null;
        }

        if (aircraftKind is not null && (Weapon?.Category != category || Weapon.Kind is { } kind && kind != aircraftKind))
        {
            return Named.FindLast(w => w.Category == category && w.Kind == aircraftKind && Told.Exists(c => c.System == w.Designation));
        }

        return Weapon?.Category == category ? TradedRatherThan(Weapon, origin) : null;
    }

    /// <summary>
    /// "... 24 second-hand F-16s, ending a search that began when it retired its last Mirages. The first jets are due next
    /// year": a weapon named after a traded one of its kind but never traded itself is background; "the jets" are the
    /// traded ones. ("The contract called for MTU engines. Berlin refused to export the German engines": a maker's origin
    /// keeps its weapon.)
    /// </summary>
    private WeaponMention TradedRatherThan(WeaponMention named, string? origin) =>
        !Told.Exists(c => c.System == named.Designation) &&
        Named.FindLast(w => w.Category == named.Category && w.Designation != named.Designation && Told.Exists(c => c.System == w.Designation)) is { } traded &&
        (origin is null || traded.Origin == origin)
            ? traded
            : named;

    /// <summary>The weapon of the last transfer found, for "the deal", "the sale", "the contract".</summary>
    public WeaponMention? TransferWeapon { get; set; }

    public string? Supplier { get; set; }

    /// <summary>Whether the story has named a military exercise, drill or war game so far.</summary>
    public bool ToldOfAnExercise { get; set; }

    /// <summary>
    /// The supplier the sentence before named as its subject ("Denmark will donate its howitzers to Kyiv."), for an "it"
    /// that buys next ("It has since ordered ATMOS guns"): the subject carries on, not the buyer just named.
    /// </summary>
    public string? GivingSubjectBefore { get; set; }

    /// <summary>
    /// The buyer the sentence before named as its subject ("Poland received Leopards in 2002."), for an "it" that gives
    /// next ("It has given 14 of them to Ukraine"): the subject carries on, not the seller just named.
    /// </summary>
    public string? TakingSubjectBefore { get; set; }

    /// <summary>The state the last sentence opening with one had as its subject: "It has ordered ..." in a later sentence is that state's.</summary>
    public string? SubjectState { get; set; }

    /// <summary>The state the sentence just before opened with when it told no transfer ("China became the second supplier."), else null.</summary>
    public string? SubjectOfAQuietSentence { get; set; }

    /// <summary>The weapon of every transfer found, with its parties: "Ottawa has frozen such exports" is the last deal Ottawa was party to.</summary>
    public List<Deal> Deals { get; } = [];

    /// <summary>The last transfer between parties including all of <paramref name="codes"/> (none when no code is given).</summary>
    public Deal? DealOf(IReadOnlyCollection<string> codes) =>
        codes.Count == 0 ? null : Deals.LastOrDefault(d => codes.All(c => c == d.Supplier || c == d.Recipient));

    /// <summary>A transfer's parties and weapon, as "the contract" may recall them.</summary>
    public sealed record Deal(string Supplier, string Recipient, WeaponMention Weapon, TransferStatus Status, int SentenceIndex);

    /// <summary>
    /// The other systems a sentence bought in the same deal as <paramref name="deal"/> ("signed a package of 30 Mi-28s and 42
    /// Pantsirs"): what "the package was cancelled" halts with it.
    /// </summary>
    public IEnumerable<WeaponMention> SameDealSystems(Deal deal) =>
        Deals.Where(d => d.SentenceIndex == deal.SentenceIndex && d.Supplier == deal.Supplier && d.Recipient == deal.Recipient && d.Status == deal.Status &&
                         d.Weapon.Designation is not null && d.Weapon.Designation != deal.Weapon.Designation)
             .Select(d => d.Weapon).DistinctBy(w => w.Designation);

    private readonly Dictionary<string, (int Count, int Last)> _recipients = new(StringComparer.Ordinal);
    private int _clock;

    /// <summary>
    /// The state the story has named most so far, for a buyer no transfer has named yet ("Thailand is looking at new
    /// fighters. Saab has pitched the Gripen.").
    /// </summary>
    public string? MostNamed => MostOften(_mentioned);

    /// <summary>The buyer the story is about: the recipient named most often so far (the latest on a tie), else the state named most.</summary>
    public string? Recipient
    {
        get => _recipients.Count == 0 ? MostNamed : MostOften(_recipients);
        set
        {
            if (value is not null)
            {
                var seen = _recipients.GetValueOrDefault(value);
                _recipients[value] = (seen.Count + 1, ++_clock);
            }
        }
    }

    private readonly Dictionary<string, (int Count, int Last)> _mentioned = new(StringComparer.Ordinal);

    /// <summary>
    /// The state counted most often, the latest named on a tie; null when none is. (A loop rather than <c>MaxBy</c>, which
    /// boxed the dictionary's enumerator every time a chain asked for the story's buyer.)
    /// </summary>
    private static string? MostOften(Dictionary<string, (int Count, int Last)> counts)
    {
        string? most = null;
        (int Count, int Last) best = default;
        foreach (var (code, seen) in counts)
        {
            if (most is null || seen.Count > best.Count || (seen.Count == best.Count && seen.Last > best.Last))
            {
                most = code;
                best = seen;
            }
        }

        return most;
    }

    /// <summary>
    /// A round-up's next item ("BULGARIA — The cabinet approved ..."): the states and the weapon in focus, and the steps that
    /// later words fall back on, are the last item's, not this one's. The weapons named and the steps told stay, for the
    /// whole story.
    /// </summary>
    public void StartNewItem()
    {
        _recipients.Clear();
        _mentioned.Clear();
        Supplier = null;
        Weapon = null;
        SubjectState = null;
        SubjectOfAQuietSentence = null;
        GivingSubjectBefore = null;
        TakingSubjectBefore = null;
        LastTransfer = null;
        PendingPackage = null;
        LastWasPackage = false;
    }

    /// <summary>Counts a state the story names as a party of its own (not as a weapon's origin).</summary>
    public void Mention(string code)
    {
        var seen = _mentioned.GetValueOrDefault(code);
        _mentioned[code] = (seen.Count + 1, ++_clock);
    }

    /// <summary>
    /// Suppliers the story names as a system's prime contractor ("Italy's Leonardo is the prime contractor for the
    /// programme"), by designation: the seller of a system built by several nations' firms.
    /// </summary>
    public Dictionary<string, string> PrimeContractors { get; } = new(StringComparer.Ordinal);

    /// <summary>The last transfer found, for "the deal was worth ...".</summary>
    public Candidate? LastTransfer { get; set; }

    /// <summary>Every transfer found so far, in order: what "the package includes ..." adds weapons to.</summary>
    public List<Candidate> Told { get; } = [];

    /// <summary>A package announced without its contents ("a new weapons package for Ukraine"): the parties a later list joins.</summary>
    public Candidate? PendingPackage { get; set; }

    /// <summary>The last sentence listed a package's contents: "It also holds ..." goes on with it.</summary>
    public bool LastWasPackage { get; set; }

    /// <summary>People introduced with their state ("the Turkish foreign minister, Ali Veli"): surname -> state code, for "we" in their quotes.</summary>
    public Dictionary<string, string> People { get; } = new(StringComparer.Ordinal);

    /// <summary>The state of the person the story last introduced or quoted by name: whom an interview's answers speak for.</summary>
    public string? LastPersonState { get; set; }
}

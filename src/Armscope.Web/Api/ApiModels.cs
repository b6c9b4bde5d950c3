using System.Globalization;
using Armscope.Core.Vocabulary;
using Armscope.Register;
using Armscope.Register.Web;
using Armscope.Web.Views;

namespace Armscope.Web.Api;

// The API's JSON shapes. Names are written in snake_case (as in the register's exports); enums as the spec's names.

/// <summary>A supplier or recipient.</summary>
public sealed record PartyDto(string Code, string Name)
{
    public static PartyDto Of(Party p) => new(p.Code, p.Name);
}

/// <summary>A value in an ISO 4217 currency.</summary>
public sealed record MoneyDto(decimal Amount, string Currency)
{
    public static MoneyDto? Of(Money? m) => m is null ? null : new(m.Amount, m.Currency);
}

/// <summary>One page of a list.</summary>
public sealed record PageDto<T>(int Page, int PageSize, long Total, int Pages, IReadOnlyList<T> Items);

/// <summary>A deal: transfers merged by supplier, recipient and system (or category).</summary>
public sealed record DealDto(
    string Id,
    PartyDto Supplier,
    PartyDto Recipient,
    string? System,
    string Category,
    string Status,
    string? FirstSeen,
    string? LastSeen,
    int? Quantity,
    MoneyDto? Value,
    int Records,
    int Documents,
    string Url)
{
    public static DealDto Of(Deal d) => new(
        d.Id,
        PartyDto.Of(d.Supplier),
        PartyDto.Of(d.Recipient),
        d.System,
        d.Category.ToSpecName(),
        d.Status.ToSpecName(),
        d.FirstSeen?.ToString(),
        d.LastSeen?.ToString(),
        d.Quantity,
        MoneyDto.Of(d.Value),
        d.Records,
        d.Documents,
        Links.Deal(d.Id));
}

/// <summary>A document as the register keeps it (without its text).</summary>
public sealed record DocumentDto(string Id, string Name, string? Title, string? Published, string? Source, string Url)
{
    public static DocumentDto Of(StoredDocument d) => new(d.Id, d.Name, d.Title, Day(d.Published), d.Source, Links.Document(d.Id));

    internal static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A mention-level record: what one document states, with its evidence sentence.</summary>
public sealed record TransferDto(
    string DealId,
    DocumentDto Document,
    int Ordinal,
    PartyDto Supplier,
    PartyDto Recipient,
    string? System,
    string Category,
    string Status,
    string Modality,
    string? When,
    int? Quantity,
    MoneyDto? Value,
    string Evidence,
    int Start,
    int End,
    double Confidence)
{
    public static TransferDto Of(StoredTransfer r)
    {
        var t = r.Transfer;
        return new(
            r.DealId,
            DocumentDto.Of(r.Document),
            r.Ordinal,
            PartyDto.Of(t.Supplier),
            PartyDto.Of(t.Recipient),
            t.System.Name,
            t.System.Category.ToSpecName(),
            t.Status.ToSpecName(),
            t.Modality.ToSpecName(),
            t.When?.ToString(),
            t.Quantity,
            MoneyDto.Of(t.Value),
            t.Evidence.Text,
            t.Evidence.Start,
            t.Evidence.End,
            Math.Round(t.Confidence, 3));
    }
}

/// <summary>One evidence sentence of a timeline event, with the paragraph around it.</summary>
public sealed record EvidenceDto(string Text, int Start, int End, double Confidence, string? Paragraph, int? MarkStart, int? MarkEnd, DocumentDto Document);

/// <summary>One entry of a deal's timeline.</summary>
public sealed record EventDto(string Status, string Modality, string? When, string? FirstReported, int? Quantity, MoneyDto? Value, IReadOnlyList<EvidenceDto> Evidence);

/// <summary>A deal with its status timeline and evidence.</summary>
public sealed record DealDetailDto(DealDto Deal, IReadOnlyList<EventDto> Timeline);

/// <summary>A party with its number of deals in some role.</summary>
public sealed record PartyCountDto(PartyDto Party, long Deals, string Url)
{
    public static PartyCountDto Of(PartyCount p) => new(PartyDto.Of(p.Party), p.Deals, Links.Country(p.Party.Code));
}

/// <summary>A weapon system with its number of deals.</summary>
public sealed record SystemCountDto(string System, string Category, long Deals, long Records, string Url)
{
    public static SystemCountDto Of(SystemCount s) => new(s.System, s.Category.ToSpecName(), s.Deals, s.Records, Links.System(s.System));
}

/// <summary>How many deals have a status.</summary>
public sealed record StatusCountDto(string Status, long Deals)
{
    public static StatusCountDto Of(StatusCount s) => new(s.Status.ToSpecName(), s.Deals);
}

/// <summary>The latest event of a deal.</summary>
public sealed record StatusChangeDto(string? Date, string Status, string Modality, DealDto Deal)
{
    public static StatusChangeDto Of(StatusChange c) => new(c.Event.Date?.ToString(), c.Event.Status.ToSpecName(), c.Event.Modality.ToSpecName(), DealDto.Of(c.Deal));
}

/// <summary>Deals of a supplier with an event in a year.</summary>
public sealed record YearCountDto(int Year, PartyDto Supplier, long Deals)
{
    public static YearCountDto Of(YearCount y) => new(y.Year, PartyDto.Of(y.Supplier), y.Deals);
}

/// <summary>A state (or other party) in the network.</summary>
public sealed record NodeDto(string Id, string Name, long DealsSupplied, long DealsReceived, string Url);

/// <summary>Supplier to recipient, weighted by deals.</summary>
public sealed record EdgeDto(string Supplier, string SupplierName, string Recipient, string RecipientName, long Deals, long Records)
{
    public static EdgeDto Of(NetworkEdge e) => new(e.Supplier.Code, e.Supplier.Name, e.Recipient.Code, e.Recipient.Name, e.Deals, e.Records);
}

/// <summary>The network of the deals matching a filter; <see cref="Truncated"/> when only the heaviest edges are given.</summary>
public sealed record NetworkDto(IReadOnlyList<NodeDto> Nodes, IReadOnlyList<EdgeDto> Edges, bool Truncated)
{
    public static NetworkDto Of(IReadOnlyList<NetworkEdge> edges, bool truncated)
    {
        var nodes = new Dictionary<string, (Party Party, long Out, long In)>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            var s = nodes.GetValueOrDefault(e.Supplier.Code, (e.Supplier, 0, 0));
            nodes[e.Supplier.Code] = (s.Party, s.Out + e.Deals, s.In);
            var r = nodes.GetValueOrDefault(e.Recipient.Code, (e.Recipient, 0, 0));
            nodes[e.Recipient.Code] = (r.Party, r.Out, r.In + e.Deals);
        }

        return new(
            nodes.Values.OrderBy(n => n.Party.Code, StringComparer.Ordinal).Select(n => new NodeDto(n.Party.Code, n.Party.Name, n.Out, n.In, Links.Country(n.Party.Code))).ToList(),
            edges.Select(EdgeDto.Of).ToList(),
            truncated);
    }
}

/// <summary>A piece of text, marked when it matched a search.</summary>
public sealed record FragmentDto(string Text, bool Match);

/// <summary>An evidence sentence that matched a search.</summary>
public sealed record EvidenceHitDto(TransferDto Record, IReadOnlyList<FragmentDto> Sentence)
{
    public static EvidenceHitDto Of(EvidenceHit h) => new(TransferDto.Of(h.Record), Fragments.FromMarkers(h.Highlighted).Select(f => new FragmentDto(f.Text, f.Marked)).ToList());
}

/// <summary>A document that matched a search, with a passage.</summary>
public sealed record DocumentHitDto(DocumentDto Document, IReadOnlyList<FragmentDto> Snippet)
{
    public static DocumentHitDto Of(DocumentHit h) => new(DocumentDto.Of(h.Document), Fragments.FromMarkers(h.Snippet).Select(f => new FragmentDto(f.Text, f.Marked)).ToList());
}

/// <summary>Sizes of the register.</summary>
public sealed record CountsDto(long Documents, long Transfers, long Deals);

/// <summary>The overview: sizes, top lists, latest changes and deals per year by supplier.</summary>
public sealed record OverviewDto(
    CountsDto Counts,
    IReadOnlyList<PartyCountDto> TopSuppliers,
    IReadOnlyList<PartyCountDto> TopRecipients,
    IReadOnlyList<SystemCountDto> TopSystems,
    IReadOnlyList<StatusChangeDto> LatestChanges,
    IReadOnlyList<YearCountDto> DealsPerYear);

/// <summary>A party's trade both ways.</summary>
public sealed record CountryDto(
    PartyDto Party,
    long DealsAsSupplier,
    long DealsAsRecipient,
    IReadOnlyList<PartyCountDto> Recipients,
    IReadOnlyList<PartyCountDto> Suppliers,
    IReadOnlyList<SystemCountDto> SystemsSupplied,
    IReadOnlyList<SystemCountDto> SystemsReceived,
    IReadOnlyList<StatusCountDto> StatusesAsSupplier,
    IReadOnlyList<StatusCountDto> StatusesAsRecipient)
{
    public static CountryDto Of(PartyProfile p) => new(
        PartyDto.Of(p.Party),
        p.DealsAsSupplier,
        p.DealsAsRecipient,
        p.Recipients.Select(PartyCountDto.Of).ToList(),
        p.Suppliers.Select(PartyCountDto.Of).ToList(),
        p.SystemsSupplied.Select(SystemCountDto.Of).ToList(),
        p.SystemsReceived.Select(SystemCountDto.Of).ToList(),
        p.StatusesAsSupplier.Select(StatusCountDto.Of).ToList(),
        p.StatusesAsRecipient.Select(StatusCountDto.Of).ToList());
}

/// <summary>A weapon system across the register.</summary>
public sealed record SystemDto(string Name, string Category, long Deals, IReadOnlyList<PartyCountDto> Suppliers, IReadOnlyList<PartyCountDto> Recipients, IReadOnlyList<StatusCountDto> Statuses)
{
    public static SystemDto Of(SystemProfile s) => new(
        s.Name,
        s.Category.ToSpecName(),
        s.Deals,
        s.Suppliers.Select(PartyCountDto.Of).ToList(),
        s.Recipients.Select(PartyCountDto.Of).ToList(),
        s.Statuses.Select(StatusCountDto.Of).ToList());
}

/// <summary>A document with its text and the records it states.</summary>
public sealed record DocumentDetailDto(DocumentDto Document, string Text, IReadOnlyList<TransferDto> Transfers);

/// <summary>An input of an upload that was not ingested, and why.</summary>
public sealed record IngestFailureDto(string Origin, string Problem);

/// <summary>What an upload did to the register.</summary>
public sealed record IngestReportDto(int Added, int Skipped, int Failed, int Transfers, IReadOnlyList<string> Documents, IReadOnlyList<string> Deals, IReadOnlyList<IngestFailureDto> Failures);

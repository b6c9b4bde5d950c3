using Armscope.Register;
using Armscope.Register.Web;
using Microsoft.Extensions.Caching.Memory;

namespace Armscope.Web;

/// <summary>Everything on the overview page, computed together and cached until the register changes.</summary>
public sealed record Overview(
    RegisterCounts Counts,
    Page<PartyCount> Suppliers,
    Page<PartyCount> Recipients,
    Page<SystemCount> Systems,
    Page<StatusChange> Changes,
    IReadOnlyList<YearCount> PerYear);

/// <summary>
/// The explorer's read side: the register's queries behind a cache keyed by the register's content stamp (any
/// write changes it, so nothing stale is served), plus full-text search.
/// </summary>
public sealed class Explorer : IDisposable
{
    public const int TopCount = 10;

    private readonly IMemoryCache _cache;
    private readonly Lazy<SearchIndex> _search;

    public Explorer(ExplorerOptions options, IMemoryCache cache)
    {
        Register = new SqliteExplorer(options.Register);
        _cache = cache;
        _search = new Lazy<SearchIndex>(() => SearchIndex.Open(Register, options.SearchIndex), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SqliteExplorer Register { get; }

    public SearchIndex Search => _search.Value;

    public Overview Overview() => Cached("overview", () => new Overview(
        Register.Counts(),
        Register.Parties(PartyRole.Supplier, DealFilter.None, 0, TopCount),
        Register.Parties(PartyRole.Recipient, DealFilter.None, 0, TopCount),
        Register.Systems(DealFilter.None, 0, TopCount),
        Register.LatestStatusChanges(0, TopCount),
        Register.DealsPerYearBySupplier()));

    public Page<Deal> Deals(DealFilter filter, int offset, int limit) =>
        Cached(("deals", filter, offset, limit), () => Register.Deals(filter, offset, limit));

    public Page<PartyCount> Parties(PartyRole role, DealFilter filter, int offset, int limit) =>
        Cached(("parties", role, filter, offset, limit), () => Register.Parties(role, filter, offset, limit));

    public Page<SystemCount> Systems(DealFilter filter, int offset, int limit) =>
        Cached(("systems", filter, offset, limit), () => Register.Systems(filter, offset, limit));

    public Page<StatusChange> Changes(int offset, int limit) =>
        offset == 0 && limit <= TopCount ? Overview().Changes with { Items = Overview().Changes.Items.Take(limit).ToList(), Limit = limit }
        : Cached(("changes", offset, limit), () => Register.LatestStatusChanges(offset, limit));

    public IReadOnlyList<YearCount> PerYear() => Overview().PerYear;

    public IReadOnlyList<NetworkEdge> Network(DealFilter filter, int limit) =>
        Cached(("network", filter, limit), () => Register.Network(filter, limit));

    public PartyProfile? Party(string code) => Cached(("party", code), () => Register.Party(code));

    public SystemProfile? System(string name) => Cached(("system", name), () => Register.System(name));

    /// <summary>Warms the caches that the first visitor would otherwise wait for, and brings the search index up to date.</summary>
    public void Warm()
    {
        Overview();
        Network(DealFilter.None, 500);
        Search.Sync();
    }

    public void Dispose()
    {
        if (_search.IsValueCreated)
        {
            _search.Value.Dispose();
        }
    }

    private T Cached<T>(object key, Func<T> compute)
    {
        var stamped = (key, Register.Stamp());
        if (_cache.TryGetValue(stamped, out T? value) && value is not null)
        {
            return value;
        }

        value = compute();
        _cache.Set(stamped, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return value;
    }
}

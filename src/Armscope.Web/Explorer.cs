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
/// The explorer's read side: the register's queries behind a cache, plus full-text search. Lists are cached by the
/// register's content stamp, so they are never stale. Aggregates (overview, network, rankings, profiles) take
/// hundreds of milliseconds on a large register, and a register fed by a running ingester changes every second: they
/// are served from the last computation while one refresh runs in the background (stale while revalidate), so a
/// page never waits for them once they have been computed. Writes made through this process (<see cref="Changed"/>)
/// drop them, so a client sees its own writes at once.
/// </summary>
public sealed class Explorer : IDisposable
{
    public const int TopCount = 10;

    private readonly IMemoryCache _cache;
    private readonly Lazy<SearchIndex> _search;
    private long _generation;

    public Explorer(ExplorerOptions options, IMemoryCache cache)
    {
        Register = new SqliteExplorer(options.Register);
        _cache = cache;
        _search = new Lazy<SearchIndex>(() => SearchIndex.Open(Register, options.SearchIndex), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SqliteExplorer Register { get; }

    public SearchIndex Search => _search.Value;

    public Overview Overview() => Aggregate("overview", () => new Overview(
        Register.Counts(),
        Register.Parties(PartyRole.Supplier, DealFilter.None, 0, TopCount),
        Register.Parties(PartyRole.Recipient, DealFilter.None, 0, TopCount),
        Register.Systems(DealFilter.None, 0, TopCount),
        Register.LatestStatusChanges(0, TopCount),
        Register.DealsPerYearBySupplier()));

    public Page<Deal> Deals(DealFilter filter, int offset, int limit) =>
        Cached(("deals", filter, offset, limit), () => Register.Deals(filter, offset, limit));

    public Page<PartyCount> Parties(PartyRole role, DealFilter filter, int offset, int limit) =>
        Aggregate(("parties", role, filter, offset, limit), () => Register.Parties(role, filter, offset, limit));

    public Page<SystemCount> Systems(DealFilter filter, int offset, int limit) =>
        Aggregate(("systems", filter, offset, limit), () => Register.Systems(filter, offset, limit));

    public Page<StatusChange> Changes(int offset, int limit) =>
        offset == 0 && limit <= TopCount ? Overview().Changes with { Items = Overview().Changes.Items.Take(limit).ToList(), Limit = limit }
        : Cached(("changes", offset, limit), () => Register.LatestStatusChanges(offset, limit));

    public IReadOnlyList<YearCount> PerYear() => Overview().PerYear;

    public IReadOnlyList<NetworkEdge> Network(DealFilter filter, int limit) =>
        Aggregate(("network", filter, limit), () => Register.Network(filter, limit));

    public PartyProfile? Party(string code) => Aggregate(("party", code), () => Register.Party(code));

    public SystemProfile? System(string name) => Aggregate(("system", name), () => Register.System(name));

    /// <summary>Drops every aggregate: the next request computes it afresh. Called after writes made through this process.</summary>
    public void Changed() => Interlocked.Increment(ref _generation);

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

    private T Aggregate<T>(object key, Func<T> compute)
    {
        var stamp = Register.Stamp();
        var generation = Interlocked.Read(ref _generation);
        var cacheKey = ("aggregate", key);
        if (_cache.TryGetValue(cacheKey, out AggregateEntry? entry) && entry is not null && entry.Generation == generation)
        {
            if (entry.Stamp != stamp && Interlocked.CompareExchange(ref entry.Refreshing, 1, 0) == 0)
            {
                _ = Task.Run(() =>
                {
                    try
                    {
                        Store(cacheKey, new AggregateEntry(stamp, generation, compute()));
                    }
                    catch (Exception)
                    {
                        // The stale value stays; the next request tries again.
                        Interlocked.Exchange(ref entry.Refreshing, 0);
                    }
                });
            }

            return (T)entry.Value!;
        }

        var value = compute();
        Store(cacheKey, new AggregateEntry(stamp, generation, value));
        return value;
    }

    private void Store(object key, AggregateEntry entry) =>
        _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });

    /// <summary>An aggregate as last computed, for the register as it was at <see cref="Stamp"/>.</summary>
    private sealed class AggregateEntry(RegisterStamp stamp, long generation, object? value)
    {
        public int Refreshing;

        public RegisterStamp Stamp { get; } = stamp;

        public long Generation { get; } = generation;

        public object? Value { get; } = value;
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

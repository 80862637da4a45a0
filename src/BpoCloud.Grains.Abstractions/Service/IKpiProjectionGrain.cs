using Orleans.Concurrency;

namespace BpoCloud.Grains.Service;

/// <summary>
/// One per brand, keyed by brand id: the single writer of the brand's KPI rows. It recomputes every conversation
/// marked dirty by ingestion (or by an SLA change) from the event ledger, so KPIs never depend on arrival order.
/// </summary>
[Alias("bpo.IKpiProjectionGrain")]
public interface IKpiProjectionGrain : IGrainWithStringKey
{
    /// <summary>"There is new work": returns at once; the grain works through its dirty items in short turns.</summary>
    [Alias("Poke"), OneWay]
    Task Poke();

    /// <summary>Works until nothing is dirty; returns how many items it recomputed (tests and benchmarks wait on it).</summary>
    [Alias("Drain")]
    Task<int> Drain();
}

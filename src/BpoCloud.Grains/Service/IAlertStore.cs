using BpoCloud.Domain.Service;

namespace BpoCloud.Grains.Service;

/// <summary>What alert evaluation reads and writes (implemented in Storage).</summary>
public interface IAlertStore
{
    Task<IReadOnlyList<AlertRule>> EnabledRules(string brandId);

    Task<IReadOnlyList<OpenAlert>> OpenAlerts(string brandId);

    /// <summary>The counters of conversations started (and unlinked events occurred) in [from, to).</summary>
    Task<KpiCounters> Window(string brandId, DateTimeOffset from, DateTimeOffset to);

    /// <summary>Records a firing and, if the rule has a webhook, its one delivery, in one transaction.</summary>
    Task Fire(string brandId, AlertRule rule, string alertId, DateTimeOffset at, decimal value, string? payload);

    /// <summary>Records the resolution and, if the rule has a webhook, its one delivery, in one transaction.</summary>
    Task Resolve(string brandId, AlertRule? rule, string alertId, DateTimeOffset at, decimal? value, string? payload);
}

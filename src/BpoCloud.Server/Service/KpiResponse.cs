using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>GET /brands/{brandId}/kpis: totals of the window and the series at the asked granularity (rates 0..1, rounded to 4 places).</summary>
public sealed record KpiResponse(
    string BrandId,
    string From,
    string To,
    KpiGranularity Granularity,
    string TimeZone,
    KpiValues Totals,
    IReadOnlyList<KpiPoint> Series);

namespace BpoCloud.Server.Service;

/// <summary>
/// GET /brands/{brandId}/sla/attainment?month=yyyy-MM: each brand-local day judged against the policy in force that
/// day, and the month as a whole against the policy in force on its last day. met is null when not measured.
/// </summary>
public sealed record SlaAttainmentResponse(string Month, SlaPeriod Monthly, int DaysMet, int DaysMissed, IReadOnlyList<SlaPeriod> Days);

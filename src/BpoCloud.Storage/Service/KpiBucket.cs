using BpoCloud.Domain.Service;

namespace BpoCloud.Storage.Service;

/// <summary>The summed counters of one brand-local hour (of one brand).</summary>
public sealed record KpiBucket(string BrandId, DateOnly LocalDate, int LocalHour, int UtcOffsetMinutes, KpiCounters Counters);

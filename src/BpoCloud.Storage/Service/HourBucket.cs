namespace BpoCloud.Storage.Service;

/// <summary>One row of the KPI rollup: a brand-local hour (its offset telling apart a repeated DST hour) and a role ("" for none).</summary>
public readonly record struct HourBucket(string LocalDate, long LocalHour, long UtcOffsetMinutes, string Role);

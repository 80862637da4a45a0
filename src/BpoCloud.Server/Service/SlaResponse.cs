using System.Globalization;
using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>One SLA policy version as the API shows it.</summary>
public sealed record SlaResponse(
    string EffectiveFrom,
    int FirstResponseSeconds,
    decimal TargetServiceLevel,
    decimal ResponseWithin3MinTarget,
    SlaBusinessHours BusinessHours,
    IReadOnlyList<string> Holidays,
    string TimeZone)
{
    public static SlaResponse From(SlaPolicy p) => new(
        Date(p.EffectiveFrom), p.FirstResponseSeconds, p.TargetServiceLevel, p.ResponseWithin3MinTarget,
        new SlaBusinessHours([.. p.BusinessHours.Windows.Select(w => new SlaOpenWindow(w.Day, w.Open, w.Close))]),
        [.. p.BusinessHours.Holidays.Select(Date)], p.BusinessHours.TimeZone);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

/// <summary>SLA policies for tests; Shanghai unless a zone is given.</summary>
internal static class Sla
{
    public static SlaPolicy AlwaysOpen(int firstResponseSeconds = 60) =>
        Open(firstResponseSeconds, Enum.GetValues<WeekDay>().Select(day => new OpeningWindow(day, "00:00", "24:00")).ToArray());

    public static SlaPolicy Open(int firstResponseSeconds, params OpeningWindow[] windows) => new()
    {
        BusinessHours = new BusinessHours { Windows = windows },
        FirstResponseSeconds = firstResponseSeconds,
        TargetServiceLevel = 0.8m,
        ResponseWithin3MinTarget = 0.9m,
        EffectiveFrom = new DateOnly(2025, 1, 1),
    };
}

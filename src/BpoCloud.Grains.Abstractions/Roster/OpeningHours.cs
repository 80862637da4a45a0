using BpoCloud.Domain.Roster;

namespace BpoCloud.Grains.Roster;

/// <summary>One open window on a weekday in brand-local time; a day may have several (split hours). Close "24:00" is midnight.</summary>
[GenerateSerializer, Alias("bpo.OpeningHours"), Immutable]
public sealed record OpeningHours(
    [property: Id(0)] WeekDay Day,
    [property: Id(1)] string Open,
    [property: Id(2)] string Close);

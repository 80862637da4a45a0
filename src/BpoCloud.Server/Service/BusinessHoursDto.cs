using BpoCloud.Domain.Roster;

namespace BpoCloud.Server.Service;

/// <summary>Business hours as the API sends them: a day may appear several times (split hours); close "24:00" is midnight.</summary>
public sealed record BusinessHoursDto(IReadOnlyList<BusinessDayDto?>? Days);

using BpoCloud.Domain.Roster;

namespace BpoCloud.Server.Service;

/// <summary>One open window of one weekday, brand-local.</summary>
public sealed record BusinessDayDto(WeekDay? Day, string? Open, string? Close);

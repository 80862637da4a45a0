using BpoCloud.Domain.Roster;

namespace BpoCloud.Server.Roster;

/// <summary>One open window of a store's service hours as the API sends it (brand-local "HH:mm"; close may be "24:00").</summary>
public sealed record OpeningHoursDto(WeekDay? Day, string? Open, string? Close);

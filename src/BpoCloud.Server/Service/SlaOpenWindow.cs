using BpoCloud.Domain.Roster;

namespace BpoCloud.Server.Service;

/// <summary>One open window.</summary>
public sealed record SlaOpenWindow(WeekDay Day, string Open, string Close);

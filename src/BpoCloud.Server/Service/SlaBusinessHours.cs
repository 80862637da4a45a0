using BpoCloud.Domain.Roster;

namespace BpoCloud.Server.Service;

/// <summary>The open windows of an SLA, brand-local.</summary>
public sealed record SlaBusinessHours(IReadOnlyList<SlaOpenWindow> Days);

namespace BpoCloud.Server.Scheduling;

/// <summary>A break as the API sends it: ISO-8601 instants with offset.</summary>
public sealed record ShiftBreakDto(DateTimeOffset? Start, DateTimeOffset? End);

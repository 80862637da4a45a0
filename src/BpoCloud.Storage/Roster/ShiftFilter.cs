namespace BpoCloud.Storage.Roster;

/// <summary>Which shifts a list wants: by agent (or any of several agents), by brand, and overlapping [From, To).</summary>
public sealed record ShiftFilter(string? AgentId, string? BrandId, DateTimeOffset? From, DateTimeOffset? To, IReadOnlyCollection<string>? AgentIds = null);

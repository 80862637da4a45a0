namespace BpoCloud.Storage.Roster;

/// <summary>Which shifts a list wants: by agent, by brand, and overlapping [From, To).</summary>
public sealed record ShiftFilter(string? AgentId, string? BrandId, DateTimeOffset? From, DateTimeOffset? To);

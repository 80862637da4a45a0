using BpoCloud.Domain.Tenancy;

namespace BpoCloud.Storage.Identity;

/// <summary>
/// A person who signs in. Brand roles carry their brand; firm agents and team leads may carry the agent
/// profile they are, which scopes "own shifts" and "my team".
/// </summary>
public sealed record UserRecord(
    string Id,
    string Email,
    string DisplayName,
    Role Role,
    string? BrandId,
    string? AgentId,
    string PasswordHash,
    bool Disabled,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

using BpoCloud.Domain.Tenancy;
using BpoCloud.Storage.Identity;

namespace BpoCloud.Server.Identity;

/// <summary>A user as the API shows it: never the password hash.</summary>
public sealed record UserResponse(
    string Id, string Email, string DisplayName, Role Role, string? BrandId, string? AgentId, bool Disabled, int Version,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static UserResponse From(UserRecord u) =>
        new(u.Id, u.Email, u.DisplayName, u.Role, u.BrandId, u.AgentId, u.Disabled, u.Version, u.CreatedAt, u.UpdatedAt);
}

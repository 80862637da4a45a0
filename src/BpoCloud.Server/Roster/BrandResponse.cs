using BpoCloud.Domain.Roster;
using BpoCloud.Grains.Roster;

namespace BpoCloud.Server.Roster;

/// <summary>A brand as the API shows it.</summary>
public sealed record BrandResponse(
    string Id,
    string Name,
    string? LegalName,
    string TimeZone,
    string Currency,
    BrandStatus Status,
    IReadOnlyList<ServiceRole> Roles,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static BrandResponse From(BrandInfo b) => new(
        b.Id, b.Details.Name, b.Details.LegalName, b.Details.TimeZone, b.Details.Currency, b.Details.Status, b.Details.Roles,
        b.Version, b.CreatedAt, b.UpdatedAt);
}

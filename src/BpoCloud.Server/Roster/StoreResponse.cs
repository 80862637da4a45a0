using BpoCloud.Domain.Roster;
using BpoCloud.Grains.Roster;

namespace BpoCloud.Server.Roster;

/// <summary>A store as the API shows it; service hours are brand-local.</summary>
public sealed record StoreResponse(
    string Id,
    string BrandId,
    string Name,
    StorePlatform Platform,
    IReadOnlyList<OpeningHours>? ServiceHours,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static StoreResponse From(StoreInfo s) =>
        new(s.Id, s.BrandId, s.Details.Name, s.Details.Platform, s.Details.ServiceHours, s.Version, s.CreatedAt, s.UpdatedAt);
}

namespace BpoCloud.Grains.Roster;

/// <summary>A client store as stored; a brand has several. Its grain key carries the brand id.</summary>
[GenerateSerializer, Alias("bpo.StoreInfo"), Immutable]
public sealed record StoreInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string BrandId,
    [property: Id(2)] StoreDraft Details,
    [property: Id(3)] int Version,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset UpdatedAt);

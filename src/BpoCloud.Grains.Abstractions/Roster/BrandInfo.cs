namespace BpoCloud.Grains.Roster;

/// <summary>A client brand (a tenant) as stored: its draft fields plus identity and version (the ETag).</summary>
[GenerateSerializer, Alias("bpo.BrandInfo"), Immutable]
public sealed record BrandInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] BrandDraft Details,
    [property: Id(2)] int Version,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt);

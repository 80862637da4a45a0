namespace BpoCloud.Storage.Identity;

/// <summary>A brand's API key as stored: never the key itself, only its hash and a recognizable prefix.</summary>
public sealed record ApiKeyRecord(
    string Id,
    string BrandId,
    string Name,
    string Prefix,
    string KeyHash,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt);

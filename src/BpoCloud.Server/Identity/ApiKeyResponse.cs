using BpoCloud.Storage.Identity;

namespace BpoCloud.Server.Identity;

/// <summary>An API key as listed: its prefix, never the key.</summary>
public sealed record ApiKeyResponse(string Id, string BrandId, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyResponse From(ApiKeyRecord k) => new(k.Id, k.BrandId, k.Name, k.Prefix, k.CreatedAt, k.RevokedAt);
}

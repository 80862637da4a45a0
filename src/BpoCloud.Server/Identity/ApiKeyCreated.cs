namespace BpoCloud.Server.Identity;

/// <summary>The answer to creating an API key: the only time the key itself is shown.</summary>
public sealed record ApiKeyCreated(string Id, string Key, string BrandId, string Name, string Prefix, DateTimeOffset CreatedAt);

namespace BpoCloud.Server.Tenancy;

/// <summary>
/// For routes that name a brand's resource without {brandId} (e.g. /users/{userId}): finds the brand that owns
/// it, so a brand caller is refused (404) before anything else, validation included, looks at the request.
/// </summary>
public interface IRouteOwnerLookup
{
    string RouteKey { get; }

    /// <summary>The owning brand; null when the resource is the firm's or does not exist.</summary>
    Task<string?> BrandOf(string id);
}

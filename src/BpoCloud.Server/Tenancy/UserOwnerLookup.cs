using BpoCloud.Domain.Common;
using BpoCloud.Storage.Identity;

namespace BpoCloud.Server.Tenancy;

/// <summary>A user belongs to their brand; firm users belong to no brand (so no brand caller may touch them).</summary>
public sealed class UserOwnerLookup(SqlUserStore users) : IRouteOwnerLookup
{
    public string RouteKey => "userId";

    public async Task<string?> BrandOf(string id) =>
        EntityIds.IsWellFormed(id) ? (await users.FindById(id))?.BrandId : null;
}

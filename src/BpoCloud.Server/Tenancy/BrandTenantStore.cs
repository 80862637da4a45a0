using BpoCloud.Domain.Common;
using BpoCloud.Grains.Roster;

namespace BpoCloud.Server.Tenancy;

/// <summary>Tenants are brands: the brand grain answers from memory, so resolving a tenant costs no query.</summary>
public sealed class BrandTenantStore(IGrainFactory grains) : ITenantStore
{
    public async Task<TenantInfo?> TryGet(string identifier)
    {
        if (!EntityIds.IsWellFormed(identifier))
        {
            return null;
        }
        var brand = await grains.GetGrain<IBrandGrain>(identifier).Get();
        return brand is null
            ? null
            : new TenantInfo(brand.Id, brand.Id, brand.Details.Name, brand.Details.TimeZone, brand.Details.Currency, brand.Details.Status);
    }
}

namespace BpoCloud.Server.Tenancy;

/// <summary>Looks a tenant up by its identifier (Finbuckle's "store").</summary>
public interface ITenantStore
{
    Task<TenantInfo?> TryGet(string identifier);
}

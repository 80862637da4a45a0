namespace BpoCloud.Server.Tenancy;

/// <summary>
/// Per-tenant settings layered over firm defaults (Finbuckle's per-tenant options): configuration
/// "Tenancy:Defaults" gives what a new brand gets when it does not say; the brand's own profile overrides it.
/// </summary>
public sealed class TenantOptions
{
    public string TimeZone { get; set; } = Domain.Common.TimeZones.Default;
    public string Currency { get; set; } = "CNY";

    public TenantOptions For(TenantInfo tenant) => new() { TimeZone = tenant.TimeZone, Currency = tenant.Currency };
}

namespace BpoCloud.Server.Tenancy;

/// <summary>
/// Per-tenant settings layered over firm defaults (Finbuckle's per-tenant options): configuration
/// "Tenancy:Defaults" gives the defaults, the brand's own profile overrides time zone and currency.
/// </summary>
public sealed class TenantOptions
{
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public string Currency { get; set; } = "CNY";
    public int FirstResponseSeconds { get; set; } = 30;
    public decimal TargetServiceLevel { get; set; } = 0.8m;
    public decimal ResponseWithin3MinTarget { get; set; } = 0.9m;

    public TenantOptions For(TenantInfo tenant) => new()
    {
        TimeZone = tenant.TimeZone,
        Currency = tenant.Currency,
        FirstResponseSeconds = FirstResponseSeconds,
        TargetServiceLevel = TargetServiceLevel,
        ResponseWithin3MinTarget = ResponseWithin3MinTarget,
    };
}

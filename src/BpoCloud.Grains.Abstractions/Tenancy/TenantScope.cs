namespace BpoCloud.Grains.Tenancy;

/// <summary>
/// Who a grain call is made for, carried in Orleans' RequestContext (which flows along every call chain,
/// unlike an AsyncLocal of our own). The edge sets it from the caller; grains check it against their key.
/// </summary>
public static class TenantScope
{
    public const string RequestContextKey = "bpo.tenant";

    /// <summary>The value for firm staff, who may act for any brand their role allows.</summary>
    public const string Firm = "*firm";

    public static void EnterFirm() => RequestContext.Set(RequestContextKey, Firm);

    public static void EnterBrand(string brandId) => RequestContext.Set(RequestContextKey, brandId);

    /// <summary>The current scope: a brand id, <see cref="Firm"/>, or null for internal calls (timers, reminders).</summary>
    public static string? Current => RequestContext.Get(RequestContextKey) as string;
}

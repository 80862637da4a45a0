namespace BpoCloud.Server.Extensions;

/// <summary>HttpContext.Items keys the request log reads.</summary>
public static class RequestLogKeys
{
    public const string TenantId = "bpo.tenantId";
}

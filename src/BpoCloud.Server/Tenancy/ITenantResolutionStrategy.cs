namespace BpoCloud.Server.Tenancy;

/// <summary>One way of finding the tenant of a request (Finbuckle's "strategy"); null when it does not apply.</summary>
public interface ITenantResolutionStrategy
{
    string? Identifier(HttpContext http);
}

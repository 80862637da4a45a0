namespace BpoCloud.Server.Audit;

/// <summary>Declares how an updating endpoint reads its resource before the change.</summary>
public static class AuditEndpointExtensions
{
    public static RouteHandlerBuilder WithAuditSnapshot(this RouteHandlerBuilder endpoint, Func<HttpContext, Task<object?>> read) =>
        endpoint.WithMetadata(new AuditSnapshot(read));
}

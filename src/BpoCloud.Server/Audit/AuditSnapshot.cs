namespace BpoCloud.Server.Audit;

/// <summary>Endpoint metadata: how to read the resource before a change, for the audit's "before" summary.</summary>
public sealed record AuditSnapshot(Func<HttpContext, Task<object?>> Read);

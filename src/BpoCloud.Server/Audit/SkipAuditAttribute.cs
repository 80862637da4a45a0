namespace BpoCloud.Server.Audit;

/// <summary>
/// Marks a POST that changes nothing worth auditing: signing in, asking for a token.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SkipAuditAttribute : Attribute;

namespace BpoCloud.Storage.Audit;

/// <summary>One accepted change: who did it, when, for which brand, what, and short before/after summaries.</summary>
public sealed record AuditEntry(
    string Id,
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    string ActorRole,
    string? BrandId,
    string Action,
    string Resource,
    string? ResourceId,
    string? Before,
    string? After);

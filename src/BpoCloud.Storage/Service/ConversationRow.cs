namespace BpoCloud.Storage.Service;

/// <summary>One conversation in the drill-down list, from its KPI row.</summary>
public sealed record ConversationRow(
    string ConversationId,
    DateTimeOffset StartedAt,
    string? StoreId,
    string? Role,
    string? AgentId,
    string? CustomerId,
    bool Answered,
    bool Abandoned,
    decimal? FirstResponseSeconds,
    long Turns,
    long TurnsWithin3Min,
    bool Resolved,
    bool ResolvedFirstContact,
    bool? CsatSatisfied,
    long Complaints,
    bool? Converted);

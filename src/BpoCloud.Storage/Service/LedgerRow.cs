namespace BpoCloud.Storage.Service;

/// <summary>One event as the ledger stores it.</summary>
public sealed record LedgerRow(string EventId, string Type, long OccurredAtMs, string? ConversationId, string? CustomerId, string Body);

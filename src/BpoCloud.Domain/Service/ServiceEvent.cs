using BpoCloud.Domain.Roster;

namespace BpoCloud.Domain.Service;

/// <summary>
/// One fact a brand reports. Only the fields its <see cref="Type"/> carries are filled; <see cref="ServiceEventRules"/>
/// says which are required.
/// </summary>
/// <remarks>
/// Property names equal the JSON field names (camelCased), so the HTTP layer can bind a request straight onto this
/// record; only <c>type</c> needs <see cref="ServiceEventTypeNames"/>. That is also why the agent status is called
/// <see cref="Status"/> and the complaint category <see cref="Category"/>.
/// </remarks>
public sealed record ServiceEvent(string Id, ServiceEventType Type, DateTimeOffset OccurredAt)
{
    public string? ConversationId { get; init; }
    public string? StoreId { get; init; }
    public string? CustomerId { get; init; }
    public ServiceRole? Role { get; init; }
    public string? AgentId { get; init; }
    public bool? Automated { get; init; }
    public int? Score { get; init; }
    public int? Scale { get; init; }
    public decimal? Amount { get; init; }
    public ComplaintCategory? Category { get; init; }
    public AgentPresence? Status { get; init; }
    public string? Text { get; init; }

    /// <summary>A message written by a person; automated messages never count for any KPI.</summary>
    public bool IsHumanAgentMessage => Type == ServiceEventType.AgentMessage && Automated == false;
}

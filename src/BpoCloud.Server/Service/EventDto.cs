using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>One event as a brand sends it; which fields apply depends on <see cref="Type"/> (docs/metrics.md).</summary>
public sealed record EventDto(
    string? Id,
    string? Type,
    DateTimeOffset? OccurredAt,
    string? ConversationId,
    string? StoreId,
    string? CustomerId,
    ServiceRole? Role,
    string? AgentId,
    bool? Automated,
    int? Score,
    int? Scale,
    decimal? Amount,
    ComplaintCategory? Category,
    AgentPresence? Status,
    string? Text)
{
    public const int MaxTextLength = 8000;

    public ServiceEvent ToEvent(ServiceEventType type) => new(Id ?? "", type, OccurredAt ?? default)
    {
        ConversationId = ConversationId,
        StoreId = StoreId,
        CustomerId = CustomerId,
        Role = Role,
        AgentId = AgentId,
        Automated = Automated,
        Score = Score,
        Scale = Scale,
        Amount = Amount,
        Category = Category,
        Status = Status,
        Text = Text,
    };
}

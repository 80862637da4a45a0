using System.Collections.Frozen;

namespace BpoCloud.Domain.Service;

/// <summary>The names brands send in the <c>type</c> field, e.g. <c>conversation.started</c>.</summary>
public static class ServiceEventTypeNames
{
    private static readonly FrozenDictionary<ServiceEventType, string> WireNameOf = new Dictionary<ServiceEventType, string>
    {
        [ServiceEventType.ConversationStarted] = "conversation.started",
        [ServiceEventType.CustomerMessage] = "message.customer",
        [ServiceEventType.AgentMessage] = "message.agent",
        [ServiceEventType.ConversationAssigned] = "conversation.assigned",
        [ServiceEventType.ConversationTransferred] = "conversation.transferred",
        [ServiceEventType.ConversationResolved] = "conversation.resolved",
        [ServiceEventType.ConversationReopened] = "conversation.reopened",
        [ServiceEventType.ConversationClosed] = "conversation.closed",
        [ServiceEventType.ConversationAbandoned] = "conversation.abandoned",
        [ServiceEventType.CsatRated] = "csat.rated",
        [ServiceEventType.NpsRated] = "nps.rated",
        [ServiceEventType.OrderPlaced] = "order.placed",
        [ServiceEventType.ComplaintOpened] = "complaint.opened",
        [ServiceEventType.AgentStatus] = "agent.status",
    }.ToFrozenDictionary();

    // Wire names are matched exactly (ordinal): "Message.Customer" is a client bug we want to report, not guess at.
    private static readonly FrozenDictionary<string, ServiceEventType> TypeOf =
        WireNameOf.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every wire name, for documentation and error messages.</summary>
    public static IReadOnlyCollection<string> All { get; } = WireNameOf.Values;

    public static string ToWireName(ServiceEventType type) =>
        WireNameOf.TryGetValue(type, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a known service event type.");

    public static bool TryParse(string? wireName, out ServiceEventType type)
    {
        type = default;
        return wireName is not null && TypeOf.TryGetValue(wireName, out type);
    }
}

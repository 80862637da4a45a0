namespace BpoCloud.Domain.Service;

/// <summary>What a brand reports about its customer service; the wire names live in <see cref="ServiceEventTypeNames"/>.</summary>
public enum ServiceEventType
{
    ConversationStarted,
    CustomerMessage,
    AgentMessage,
    ConversationAssigned,
    ConversationTransferred,
    ConversationResolved,
    ConversationReopened,
    ConversationClosed,
    ConversationAbandoned,
    CsatRated,
    NpsRated,
    OrderPlaced,
    ComplaintOpened,
    AgentStatus,
}

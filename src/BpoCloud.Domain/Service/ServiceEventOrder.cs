namespace BpoCloud.Domain.Service;

/// <summary>
/// The one order in which a conversation's events are read, so facts never depend on arrival order:
/// by <see cref="ServiceEvent.OccurredAt"/>, then by a fixed rank of types for events in the same millisecond,
/// then by <see cref="ServiceEvent.Id"/> (ordinal).
/// </summary>
public sealed class ServiceEventOrder : IComparer<ServiceEvent>
{
    public static readonly ServiceEventOrder Instance = new();

    public int Compare(ServiceEvent? x, ServiceEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byTime = x.OccurredAt.UtcTicks.CompareTo(y.OccurredAt.UtcTicks);
        if (byTime != 0)
        {
            return byTime;
        }

        var byRank = Rank(x.Type).CompareTo(Rank(y.Type));
        return byRank != 0 ? byRank : string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>
    /// Ties are read in the order a conversation naturally unfolds. Two choices matter for KPIs: a customer message
    /// comes before an agent message of the same instant (so the agent answers it, wait 0 s), and an agent message
    /// comes before an abandon of the same instant (the reply was delivered, so the conversation is answered).
    /// </summary>
    private static int Rank(ServiceEventType type) => type switch
    {
        ServiceEventType.ConversationStarted => 0,
        ServiceEventType.ConversationAssigned => 1,
        ServiceEventType.ConversationTransferred => 2,
        ServiceEventType.CustomerMessage => 3,
        ServiceEventType.AgentMessage => 4,
        ServiceEventType.ConversationAbandoned => 5,
        ServiceEventType.ConversationResolved => 6,
        ServiceEventType.ConversationReopened => 7,
        ServiceEventType.ConversationClosed => 8,
        ServiceEventType.CsatRated => 9,
        ServiceEventType.NpsRated => 10,
        ServiceEventType.ComplaintOpened => 11,
        ServiceEventType.OrderPlaced => 12,
        _ => 13,
    };
}

namespace BpoCloud.Domain.Service;

/// <summary>A brand's conversation starts and orders, indexed by customer, read from its events.</summary>
public sealed class CustomerActivity : ICustomerActivity
{
    public static CustomerActivity None { get; } = new([]);

    private readonly ILookup<string, ServiceEvent> starts;
    private readonly ILookup<string, ServiceEvent> orders;

    private CustomerActivity(IReadOnlyCollection<ServiceEvent> brandEvents)
    {
        starts = brandEvents
            .Where(e => e.Type == ServiceEventType.ConversationStarted && e.CustomerId is not null)
            .ToLookup(e => e.CustomerId!, StringComparer.Ordinal);
        orders = brandEvents
            .Where(e => e.Type == ServiceEventType.OrderPlaced && e.CustomerId is not null)
            .ToLookup(e => e.CustomerId!, StringComparer.Ordinal);
    }

    /// <summary>Keeps the <c>conversation.started</c> and <c>order.placed</c> events of one brand; others are ignored.</summary>
    public static CustomerActivity From(IEnumerable<ServiceEvent> brandEvents) => new(brandEvents.ToList());

    public bool StartedAnotherConversation(string customerId, string conversationId, DateTimeOffset after, DateTimeOffset until) =>
        starts[customerId].Any(e => e.ConversationId != conversationId && e.OccurredAt > after && e.OccurredAt <= until);

    public bool PlacedOrder(string customerId, DateTimeOffset from, DateTimeOffset until) =>
        orders[customerId].Any(e => e.OccurredAt >= from && e.OccurredAt <= until);
}

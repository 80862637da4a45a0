namespace BpoCloud.Domain.Service;

/// <summary>
/// What KPIs need to know about a customer beyond one conversation: did they come back, did they buy. All of one
/// brand. The storage layer answers from its tables; <see cref="CustomerActivity"/> answers from events in memory.
/// </summary>
public interface ICustomerActivity
{
    /// <summary>Did the customer start a conversation other than <paramref name="conversationId"/> with after &lt; start ≤ until?</summary>
    bool StartedAnotherConversation(string customerId, string conversationId, DateTimeOffset after, DateTimeOffset until);

    /// <summary>Did the customer place an order with from ≤ occurredAt ≤ until, whichever conversation (if any) it names?</summary>
    bool PlacedOrder(string customerId, DateTimeOffset from, DateTimeOffset until);
}

using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

/// <summary>Writes a conversation's events the way the worked examples list them: one call per event, times brand-local.</summary>
internal sealed class ConversationBuilder
{
    private readonly List<ServiceEvent> events = [];

    private ConversationBuilder(string conversationId, string customerId)
    {
        ConversationId = conversationId;
        CustomerId = customerId;
    }

    public string ConversationId { get; }
    public string CustomerId { get; }
    public IReadOnlyList<ServiceEvent> Events => events;

    public static ConversationBuilder Started(
        string at, string id = "c1", string customer = "cust-1", ServiceRole role = ServiceRole.InSale, string store = "store-1")
    {
        var builder = new ConversationBuilder(id, customer);
        return builder.Add(ServiceEventType.ConversationStarted, at, e => e with { StoreId = store, CustomerId = customer, Role = role });
    }

    /// <summary>Events whose conversation.started has not arrived (yet).</summary>
    public static ConversationBuilder NotStarted(string id = "c1") => new(id, "cust-1");

    public ConversationBuilder Customer(string at) => Add(ServiceEventType.CustomerMessage, at);
    public ConversationBuilder Agent(string at, string agent = "agent-1") =>
        Add(ServiceEventType.AgentMessage, at, e => e with { AgentId = agent, Automated = false });
    public ConversationBuilder Bot(string at, string agent = "bot") =>
        Add(ServiceEventType.AgentMessage, at, e => e with { AgentId = agent, Automated = true });
    public ConversationBuilder Assigned(string at, string agent = "agent-1") =>
        Add(ServiceEventType.ConversationAssigned, at, e => e with { AgentId = agent });
    public ConversationBuilder Transferred(string at, string agent, ServiceRole? role = null) =>
        Add(ServiceEventType.ConversationTransferred, at, e => e with { AgentId = agent, Role = role });
    public ConversationBuilder Resolved(string at) => Add(ServiceEventType.ConversationResolved, at);
    public ConversationBuilder Reopened(string at) => Add(ServiceEventType.ConversationReopened, at);
    public ConversationBuilder Closed(string at) => Add(ServiceEventType.ConversationClosed, at);
    public ConversationBuilder Abandoned(string at) => Add(ServiceEventType.ConversationAbandoned, at);
    public ConversationBuilder Csat(string at, int score, int scale) =>
        Add(ServiceEventType.CsatRated, at, e => e with { Score = score, Scale = scale });
    public ConversationBuilder Nps(string at, int score) =>
        Add(ServiceEventType.NpsRated, at, e => e with { CustomerId = CustomerId, Score = score });
    public ConversationBuilder Complaint(string at) =>
        Add(ServiceEventType.ComplaintOpened, at, e => e with { CustomerId = CustomerId, Category = ComplaintCategory.Service });
    public ConversationBuilder Order(string at, decimal amount = 199m) =>
        Add(ServiceEventType.OrderPlaced, at, e => e with { CustomerId = CustomerId, Amount = amount });

    public ConversationFacts Facts() =>
        ConversationFacts.From(events) ?? throw new InvalidOperationException("The conversation has not started.");

    private ConversationBuilder Add(ServiceEventType type, string at, Func<ServiceEvent, ServiceEvent>? fill = null)
    {
        var e = new ServiceEvent($"{ConversationId}-e{events.Count + 1}", type, Time.At(at)) { ConversationId = ConversationId };
        events.Add(fill is null ? e : fill(e));
        return this;
    }
}

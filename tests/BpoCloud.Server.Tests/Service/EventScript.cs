using System.Globalization;

namespace BpoCloud.Server.Tests.Service;

/// <summary>
/// Builds event batches for one brand-local day (yesterday in China time, so every event is inside the 7-day
/// lateness window), written like the worked examples: At("10:00:05").
/// </summary>
public sealed class EventScript
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly List<object> _events = [];
    private int _sequence;

    public EventScript()
    {
        var nowInChina = DateTimeOffset.UtcNow.ToOffset(China);
        Day = DateOnly.FromDateTime(nowInChina.DateTime).AddDays(-1);
    }

    public DateOnly Day { get; }

    public string DayText => Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public IReadOnlyList<object> Events => _events;

    public DateTimeOffset At(string time) =>
        new(Day.ToDateTime(TimeOnly.ParseExact(time, "HH:mm:ss", CultureInfo.InvariantCulture)), China);

    public EventScript Add(string type, string time, string? conversationId, object? fields = null)
    {
        var e = new Dictionary<string, object?>
        {
            ["id"] = $"ev-{++_sequence:D4}-{Guid.NewGuid():N}",
            ["type"] = type,
            ["occurredAt"] = At(time),
        };
        if (conversationId is not null)
        {
            e["conversationId"] = conversationId;
        }
        foreach (var p in fields?.GetType().GetProperties() ?? [])
        {
            e[p.Name] = p.GetValue(fields);
        }
        _events.Add(e);
        return this;
    }

    public EventScript Started(string conversation, string time, string customer, string role = "preSale", string store = "sto_main") =>
        Add("conversation.started", time, conversation, new { storeId = store, customerId = customer, role });

    public EventScript Customer(string conversation, string time, string? text = null) =>
        Add("message.customer", time, conversation, new { text });

    public EventScript Agent(string conversation, string time, string agent = "agt_x", bool automated = false) =>
        Add("message.agent", time, conversation, new { agentId = agent, automated });

    public EventScript Assigned(string conversation, string time, string agent = "agt_x") =>
        Add("conversation.assigned", time, conversation, new { agentId = agent });

    public EventScript Resolved(string conversation, string time) => Add("conversation.resolved", time, conversation);

    public EventScript Abandoned(string conversation, string time) => Add("conversation.abandoned", time, conversation);

    /// <summary>
    /// The worked example of KpiApiContract: c1 answered in 15 s, resolved, rated 5/5, its customer buys at 12:00;
    /// c2 abandoned after 30 s; c3 answered in 60 s with a second turn waiting 240 s; plus a complaint and an NPS of 10
    /// outside any conversation.
    /// </summary>
    public static EventScript WorkedExample() => new EventScript()
        .Started("c1", "10:00:00", "cust-a").Customer("c1", "10:00:05", "my phone is 13812345678").Assigned("c1", "10:00:10")
        .Agent("c1", "10:00:20").Resolved("c1", "10:05:00").Add("csat.rated", "10:06:00", "c1", new { score = 5, scale = 5 })
        .Started("c2", "10:10:00", "cust-b", role: "inSale").Customer("c2", "10:10:00").Abandoned("c2", "10:10:30")
        .Started("c3", "10:20:00", "cust-c").Customer("c3", "10:20:00").Agent("c3", "10:21:00").Customer("c3", "10:22:00")
        .Agent("c3", "10:23:00", automated: true).Agent("c3", "10:26:00")
        .Add("complaint.opened", "11:00:00", null, new { customerId = "cust-b", category = "service" })
        .Add("nps.rated", "11:30:00", null, new { customerId = "cust-a", score = 10 })
        .Add("order.placed", "12:00:00", null, new { customerId = "cust-a", amount = 199.00m });
}

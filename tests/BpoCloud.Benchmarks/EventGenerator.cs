using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BpoCloud.Benchmarks;

/// <summary>
/// Realistic event traffic for one brand (docs/metrics.md): each conversation is started, the customer writes, a bot
/// greets, an agent is assigned and answers, a second exchange follows, it is resolved, and some are rated (CSAT)
/// or lead to an order. Conversations start within the last 6 days, so every event passes the 7-day rule.
/// Events go out in time order of their conversations, so a conversation may span two batches, as from a real feed.
/// </summary>
public static class EventGenerator
{
    private static readonly string[] Roles = ["preSale", "preSale", "preSale", "inSale", "afterSale", "afterSale"];

    private static readonly string[] CustomerTexts =
    [
        "你好，这款还有货吗？什么时候能发货？",
        "我昨天下的单，物流一直没有更新，麻烦帮我查一下",
        "请问这个尺码偏大还是偏小？我平时穿M",
        "收到的商品有划痕，可以换货吗？",
        "Hi, can I change the delivery address of my order?",
    ];

    private static readonly string[] AgentTexts =
    [
        "亲，您好！有货的，今天下单48小时内发货哦",
        "亲，已经帮您查询，包裹在转运中心，预计明天送达",
        "这款版型正常，建议您按平时尺码选择M码",
        "非常抱歉给您带来不便，已为您申请换货，请留意短信",
        "Sure, I have updated the address; you will get a confirmation shortly.",
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exactly <paramref name="count"/> events (the last conversation is cut short) in batches of <paramref name="batchSize"/>.</summary>
    public static List<EventBatch> Generate(int count, int batchSize, string runTag, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var events = new List<GeneratedEvent>(count + 16);
        for (var conversation = 0; events.Count < count; conversation++)
        {
            AddConversation(events, random, runTag, conversation, now);
        }
        return [.. events.Take(count).Chunk(batchSize).Select(ToBatch)];
    }

    private static void AddConversation(List<GeneratedEvent> events, Random random, string runTag, int n, DateTimeOffset now)
    {
        var conversationId = $"c-{runTag}-{n}";
        var customerId = $"cus-{random.Next(50_000)}";
        var agentId = $"agt_bench{n % 60:D2}";
        var role = Roles[random.Next(Roles.Length)];
        // Starts between 6 days and 15 minutes ago; the whole conversation lasts at most about 10 minutes.
        var t = now.AddMinutes(-15).AddSeconds(-random.Next(6 * 24 * 3600));
        var text = random.Next(CustomerTexts.Length);
        void Add(string type, TimeSpan after, Action<Utf8JsonWriter>? fields = null, string? customer = null)
        {
            t += after;
            events.Add(new GeneratedEvent($"e-{runTag}-{events.Count}", type, t, conversationId, customer, fields));
        }
        Add("conversation.started", TimeSpan.Zero, w =>
        {
            w.WriteString("storeId", $"sto_bench{n % 4}");
            w.WriteString("customerId", customerId);
            w.WriteString("role", role);
        }, customerId);
        Add("message.customer", TimeSpan.FromSeconds(2), w => w.WriteString("text", CustomerTexts[text]));
        Add("message.agent", TimeSpan.FromSeconds(1), w => Agent(w, "agt_bot", automated: true, "您好，欢迎光临，客服马上为您服务"));
        Add("conversation.assigned", TimeSpan.FromSeconds(2), w => w.WriteString("agentId", agentId));
        Add("message.agent", TimeSpan.FromMilliseconds(random.Next(5_000, 120_000)), w => Agent(w, agentId, automated: false, AgentTexts[text]));
        Add("message.customer", TimeSpan.FromMilliseconds(random.Next(30_000, 90_000)), w => w.WriteString("text", "好的，谢谢"));
        Add("message.agent", TimeSpan.FromMilliseconds(random.Next(10_000, 60_000)), w => Agent(w, agentId, automated: false, "不客气，还有其他可以帮您的吗？"));
        Add("conversation.resolved", TimeSpan.FromMilliseconds(random.Next(30_000, 300_000)));
        if (random.NextDouble() < 0.4)
        {
            var score = random.Next(3, 6);
            Add("csat.rated", TimeSpan.FromSeconds(5), w => { w.WriteNumber("score", score); w.WriteNumber("scale", 5); });
        }
        if (role == "preSale" && random.NextDouble() < 0.25)
        {
            var amount = random.Next(1_000, 100_000) / 100m;
            Add("order.placed", TimeSpan.FromSeconds(20), w => { w.WriteString("customerId", customerId); w.WriteNumber("amount", amount); }, customerId);
        }
    }

    private static void Agent(Utf8JsonWriter w, string agentId, bool automated, string text)
    {
        w.WriteString("agentId", agentId);
        w.WriteBoolean("automated", automated);
        w.WriteString("text", text);
    }

    private static EventBatch ToBatch(GeneratedEvent[] events)
    {
        var http = new ArrayBufferWriter<byte>(events.Length * 256);
        using (var w = new Utf8JsonWriter(http, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                e.Write(w);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return new EventBatch(
            http.WrittenSpan.ToArray(),
            [.. events.Select(e => e.Id)],
            [.. events.Select(e => e.Type)],
            [.. events.Select(e => e.OccurredAt.ToUnixTimeMilliseconds())],
            [.. events.Select(e => (string?)e.ConversationId)],
            [.. events.Select(e => e.CustomerId)],
            [.. events.Select(Stored)]);
    }

    /// <summary>The ledger's body column: the event as one JSON object, like the server stores it.</summary>
    private static string Stored(GeneratedEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            e.Write(w);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

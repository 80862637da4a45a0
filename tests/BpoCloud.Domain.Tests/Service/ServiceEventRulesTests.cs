using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;
using Microsoft.Extensions.Time.Testing;
using static BpoCloud.Domain.Tests.Service.ValidationLines;

namespace BpoCloud.Domain.Tests.Service;

public class ServiceEventRulesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2025, 3, 3, 2, 0, 0, TimeSpan.Zero));
    private static DateTimeOffset Now => Clock.GetUtcNow();

    private static ServiceEvent Event(ServiceEventType type, string? conversationId = "c1") =>
        new("e1", type, Now) { ConversationId = conversationId };

    private static string[] Validate(ServiceEvent e) => Of(ServiceEventRules.Validate(e, Now));

    public static TheoryData<string> EveryType() => [.. ServiceEventTypeNames.All];

    private static readonly Dictionary<string, ServiceEvent> ValidEvents = new()
    {
        ["conversation.started"] = Event(ServiceEventType.ConversationStarted) with { StoreId = "s1", CustomerId = "u1", Role = ServiceRole.PreSale },
        ["message.customer"] = Event(ServiceEventType.CustomerMessage) with { Text = "还有货吗?" },
        ["message.agent"] = Event(ServiceEventType.AgentMessage) with { AgentId = "a1", Automated = true },
        ["conversation.assigned"] = Event(ServiceEventType.ConversationAssigned) with { AgentId = "a1" },
        ["conversation.transferred"] = Event(ServiceEventType.ConversationTransferred) with { AgentId = "a2" },
        ["conversation.resolved"] = Event(ServiceEventType.ConversationResolved),
        ["conversation.reopened"] = Event(ServiceEventType.ConversationReopened),
        ["conversation.closed"] = Event(ServiceEventType.ConversationClosed),
        ["conversation.abandoned"] = Event(ServiceEventType.ConversationAbandoned),
        ["csat.rated"] = Event(ServiceEventType.CsatRated) with { Score = 10, Scale = 10 },
        ["nps.rated"] = Event(ServiceEventType.NpsRated, conversationId: null) with { CustomerId = "u1", Score = 0 },
        ["order.placed"] = Event(ServiceEventType.OrderPlaced) with { CustomerId = "u1", Amount = 0m },
        ["complaint.opened"] = Event(ServiceEventType.ComplaintOpened, conversationId: null) with { CustomerId = "u1", Category = ComplaintCategory.Transaction },
        ["agent.status"] = Event(ServiceEventType.AgentStatus, conversationId: null) with { AgentId = "a1", Status = AgentPresence.Away },
    };

    [Theory]
    [MemberData(nameof(EveryType))]
    public void A_complete_event_of_every_type_is_accepted(string wireName) => Assert.Empty(Validate(ValidEvents[wireName]));

    [Fact]
    public void A_started_conversation_needs_store_customer_and_role() =>
        Assert.Equal(
            Expect("storeId: is required.", "customerId: is required.", "role: is required."),
            Validate(Event(ServiceEventType.ConversationStarted)));

    [Fact]
    public void An_agent_message_needs_an_agent_and_whether_it_was_automated() =>
        Assert.Equal(Expect("agentId: is required.", "automated: is required."), Validate(Event(ServiceEventType.AgentMessage)));

    [Fact]
    public void Conversation_events_need_a_conversation_id() =>
        Assert.Equal(Expect("conversationId: is required."), Validate(Event(ServiceEventType.CustomerMessage, conversationId: null)));

    [Fact]
    public void Agent_status_must_not_name_a_conversation()
    {
        var e = Event(ServiceEventType.AgentStatus) with { AgentId = "a1", Status = AgentPresence.Online };

        Assert.Equal(Expect("conversationId: must be absent for agent.status."), Validate(e));
    }

    [Fact]
    public void An_optional_conversation_id_must_not_be_empty_when_given()
    {
        var e = Event(ServiceEventType.NpsRated, conversationId: " ") with { CustomerId = "u1", Score = 9 };

        Assert.Equal(Expect("conversationId: must not be empty when given."), Validate(e));
    }

    [Theory]
    [InlineData(5, 5, null)]
    [InlineData(1, 5, null)]
    [InlineData(0, 5, "score: must be between 1 and 5.")]
    [InlineData(6, 5, "score: must be between 1 and 5.")]
    [InlineData(11, 10, "score: must be between 1 and 10.")]
    [InlineData(3, 7, "scale: must be 5 or 10.")]
    public void Csat_scores_run_from_1_to_a_scale_of_5_or_10(int score, int scale, string? problem)
    {
        var problems = Validate(Event(ServiceEventType.CsatRated) with { Score = score, Scale = scale });

        Assert.Equal(problem is null ? [] : Expect(problem), problems);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Nps_scores_run_from_0_to_10(int score)
    {
        var e = Event(ServiceEventType.NpsRated) with { CustomerId = "u1", Score = score };

        Assert.Equal(Expect("score: must be between 0 and 10."), Validate(e));
    }

    [Fact]
    public void An_order_amount_must_not_be_negative()
    {
        var e = Event(ServiceEventType.OrderPlaced) with { CustomerId = "u1", Amount = -0.01m };

        Assert.Equal(Expect("amount: must not be negative."), Validate(e));
    }

    [Fact]
    public void Ids_are_required_and_at_most_128_characters()
    {
        var e = new ServiceEvent("", ServiceEventType.ConversationStarted, Now)
        {
            ConversationId = new string('c', 129), StoreId = new string('s', 128), CustomerId = new string('u', 129), Role = ServiceRole.InSale,
        };

        Assert.Equal(
            Expect("id: is required.", "conversationId: must be at most 128 characters.", "customerId: must be at most 128 characters."),
            Validate(e));
    }

    [Fact]
    public void An_event_may_be_5_minutes_ahead_of_our_clock_but_not_more()
    {
        var ahead = Event(ServiceEventType.ConversationResolved) with { OccurredAt = Now.AddMinutes(5) };

        Assert.Empty(Validate(ahead));
        Assert.Equal(Expect("occurredAt: is more than 5 minutes in the future."),
            Validate(ahead with { OccurredAt = Now.AddMinutes(5).AddMilliseconds(1) }));
    }

    [Fact]
    public void An_event_may_arrive_up_to_7_days_late_but_not_later()
    {
        var late = Event(ServiceEventType.ConversationResolved) with { OccurredAt = Now.AddDays(-7) };

        Assert.Empty(Validate(late));
        Assert.Equal(Expect("occurredAt: is older than 7 days."), Validate(late with { OccurredAt = Now.AddDays(-7).AddMilliseconds(-1) }));
    }

    [Fact]
    public void The_clock_decides_what_is_late()
    {
        var e = Event(ServiceEventType.ConversationResolved);
        var clock = new FakeTimeProvider(e.OccurredAt);

        clock.Advance(TimeSpan.FromDays(8));

        Assert.Equal(Expect("occurredAt: is older than 7 days."), Of(ServiceEventRules.Validate(e, clock.GetUtcNow())));
    }

    [Fact]
    public void Unknown_enum_values_are_reported()
    {
        var complaint = Event(ServiceEventType.ComplaintOpened) with { CustomerId = "u1", Category = (ComplaintCategory)9 };

        Assert.Equal(Expect("category: is not one of the allowed values."), Validate(complaint));
        Assert.Equal(Expect("type: is not a known event type."), Validate(Event((ServiceEventType)99)));
    }
}

using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class ConversationFactsTests
{
    private static ConversationBuilder Busy() => ConversationBuilder.Started("09:59:58", "c1", "cust-1", ServiceRole.PreSale, "store-7")
        .Customer("10:00:00").Bot("10:00:00").Assigned("10:00:05", "agent-2").Agent("10:00:00", "agent-9")
        .Customer("10:00:00.500").Agent("10:00:30", "agent-2").Customer("10:02:00").Abandoned("10:02:00")
        .Resolved("10:05:00").Csat("10:06:00", 2, 5).Csat("10:06:00", 5, 5).Reopened("10:07:00").Complaint("10:08:00")
        .Nps("10:09:00", 7).Customer("10:10:00").Agent("10:10:00");

    [Fact]
    public void Shuffled_events_give_identical_facts()
    {
        var events = Busy().Events;
        var expected = ConversationFacts.From(events);

        for (var seed = 0; seed < 50; seed++)
        {
            var shuffled = events.ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(expected, ConversationFacts.From(shuffled));
        }
    }

    [Fact]
    public void Facts_of_a_busy_conversation_are_read_in_time_then_type_then_id_order()
    {
        var facts = Busy().Facts();

        Assert.Equal("store-7", facts.StoreId);
        Assert.Equal(ServiceRole.PreSale, facts.Role);
        Assert.Equal("agent-9", facts.AgentId);
        Assert.Equal(0m, facts.FirstResponseSeconds);   // customer and agent at the same instant: the customer wrote first
        Assert.Null(facts.AbandonedAt);                  // agents had written before the abandon
        Assert.Equal(295m, facts.HandleSeconds);          // assigned 10:00:05, resolved 10:05:00
        Assert.Equal(new CsatRating(5, 5), facts.Csat);  // same instant: the ids decide, c1-e12 after c1-e11
        Assert.Equal(7, facts.NpsScore);
        Assert.Equal(1, facts.ComplaintsOpened);
        Assert.True(facts.Reopened);
        Assert.Equal(new decimal?[] { 0m, 29.5m, 480m }, facts.Turns.Select(t => t.WaitSeconds));
    }

    [Fact]
    public void A_conversation_without_its_started_event_has_no_facts_yet()
    {
        var events = ConversationBuilder.NotStarted().Customer("10:00").Agent("10:00:10").Events;

        Assert.Null(ConversationFacts.From(events));
    }

    [Fact]
    public void An_event_sent_twice_counts_once()
    {
        var builder = ConversationBuilder.Started("10:00").Customer("10:00:00").Agent("10:00:10").Complaint("10:01");
        var twice = builder.Events.Concat(builder.Events);

        Assert.Equal(builder.Facts(), ConversationFacts.From(twice));
        Assert.Equal(1, ConversationFacts.From(twice)!.ComplaintsOpened);
    }

    [Fact]
    public void Events_of_two_conversations_are_refused()
    {
        var mixed = ConversationBuilder.Started("10:00", "c1").Events.Concat(ConversationBuilder.Started("10:00", "c2").Events);

        Assert.Throws<ArgumentException>(() => ConversationFacts.From(mixed));
    }

    [Fact]
    public void The_conversation_agent_is_the_first_human_writer_even_if_another_agent_was_assigned_first()
    {
        var facts = ConversationBuilder.Started("10:00").Assigned("10:00:01", "agent-1").Bot("10:00:02")
            .Agent("10:00:05", "agent-2").Agent("10:00:06", "agent-1").Facts();

        Assert.Equal("agent-2", facts.AgentId);
    }

    [Fact]
    public void Without_human_messages_the_conversation_agent_is_the_first_assigned_agent_not_a_transfer_target()
    {
        var facts = ConversationBuilder.Started("10:00").Transferred("10:00:01", "agent-0").Assigned("10:00:02", "agent-1")
            .Assigned("10:00:03", "agent-2").Facts();

        Assert.Equal("agent-1", facts.AgentId);
    }

    [Fact]
    public void An_agent_message_and_an_abandon_at_the_same_instant_make_the_conversation_answered()
    {
        var facts = ConversationBuilder.Started("10:00").Customer("10:00:01").Abandoned("10:00:30").Agent("10:00:30").Facts();

        Assert.True(facts.IsAnswered);
        Assert.False(facts.IsAbandoned);
    }

    [Fact]
    public void Facts_keep_the_start_as_a_utc_instant_and_bucket_it_by_brand_local_hour_and_day()
    {
        var facts = ConversationBuilder.Started("2025-03-04 00:30:00").Facts();
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        Assert.Equal(new DateTimeOffset(2025, 3, 3, 16, 30, 0, TimeSpan.Zero), facts.StartedAt);
        Assert.Equal(TimeSpan.Zero, facts.StartedAt.Offset);
        Assert.Equal(new DateOnly(2025, 3, 4), facts.LocalDay(shanghai));
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 0, 0, 0, Time.Shanghai), facts.LocalHour(shanghai));
    }
}

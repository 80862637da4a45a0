using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class ServiceLevelTests
{
    // Monday 09:00–12:00 and 13:30–18:00 Shanghai, T = 30 s.
    private static readonly SlaPolicy SplitMonday = Sla.Open(30,
        new OpeningWindow(WeekDay.Mon, "09:00", "12:00"),
        new OpeningWindow(WeekDay.Mon, "13:30", "18:00"));

    [Fact]
    public void Worked_example_service_level()
    {
        ConversationBuilder[] day =
        [
            ConversationBuilder.Started("09:00:00", "c1").Customer("09:00:00").Agent("09:00:30"),   // met, exactly T
            ConversationBuilder.Started("10:00:00", "c2").Customer("10:00:00").Agent("10:00:45"),   // offered, missed
            ConversationBuilder.Started("10:30:00", "c3").Customer("10:30:01").Abandoned("10:30:05"), // abandoned after 5 s: left out
            ConversationBuilder.Started("11:00:00", "c4").Customer("11:00:01").Abandoned("11:00:20"), // abandoned after 20 s: missed
            ConversationBuilder.Started("12:30:00", "c5").Customer("12:30:00").Agent("12:30:05"),   // lunch break: left out
            ConversationBuilder.Started("14:00:00", "c6").Agent("14:00:03"),                         // customer never wrote: left out
            ConversationBuilder.Started("15:00:00", "c7").Customer("15:00:00").Agent("15:00:10"),   // met
        ];

        var counters = Kpis.CountersOf(day, [], SplitMonday);

        Assert.Equal(2, counters.ServiceLevelMet);
        Assert.Equal(4, counters.ServiceLevelOffered);
        Assert.Equal(0.5m, KpiValues.From(counters).ServiceLevel);
    }

    [Fact]
    public void An_abandon_5_seconds_after_start_is_left_out_but_5_001_seconds_counts_as_missed()
    {
        var fiveSeconds = ConversationBuilder.Started("10:00:00", "c1").Customer("10:00:01").Abandoned("10:00:05");
        var justOver = ConversationBuilder.Started("10:00:00", "c2").Customer("10:00:01").Abandoned("10:00:05.001");

        var counters = Kpis.CountersOf([fiveSeconds, justOver], [], SplitMonday);

        Assert.Equal(1, counters.ServiceLevelOffered);
        Assert.Equal(0m, KpiValues.From(counters).ServiceLevel);
    }

    [Fact]
    public void Business_hours_are_judged_at_the_conversation_start_not_at_the_response()
    {
        var startedBeforeClosing = ConversationBuilder.Started("11:59:59").Customer("11:59:59").Agent("12:00:20");

        Assert.Equal(1m, Kpis.Of([startedBeforeClosing], [], SplitMonday).ServiceLevel);
    }

    [Fact]
    public void Service_level_is_null_when_every_conversation_started_outside_business_hours()
    {
        var evening = ConversationBuilder.Started("19:00:00").Customer("19:00:00").Agent("19:00:05");

        Assert.Null(Kpis.Of([evening], [], SplitMonday).ServiceLevel);
    }

    [Fact]
    public void A_conversation_still_waiting_is_not_in_the_service_level_yet()
    {
        var waiting = ConversationBuilder.Started("10:00:00").Customer("10:00:00");

        Assert.Null(Kpis.Of([waiting], [], SplitMonday).ServiceLevel);
    }

    [Fact]
    public void An_answered_conversation_whose_only_human_message_preceded_the_customer_misses_the_service_level()
    {
        var greetingOnly = ConversationBuilder.Started("10:00:00").Agent("10:00:01").Customer("10:00:10");

        Assert.Equal(0m, Kpis.Of([greetingOnly], [], SplitMonday).ServiceLevel);
    }

    [Fact]
    public void An_abandoned_conversation_never_meets_the_service_level_even_if_an_agent_wrote_later()
    {
        var lateReply = ConversationBuilder.Started("10:00:00").Customer("10:00:00").Abandoned("10:00:20").Agent("10:00:25");

        Assert.Equal(0m, Kpis.Of([lateReply], [], SplitMonday).ServiceLevel);
    }
}

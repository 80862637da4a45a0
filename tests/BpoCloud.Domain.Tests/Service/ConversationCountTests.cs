namespace BpoCloud.Domain.Tests.Service;

public class ConversationCountTests
{
    [Fact]
    public void Worked_example_counts_conversations_answered_and_abandoned()
    {
        var answered = ConversationBuilder.Started("10:00:00", "c1").Customer("10:00:01").Agent("10:00:31");
        var abandonedDespiteBot = ConversationBuilder.Started("10:05:00", "c2").Customer("10:05:02").Bot("10:05:03").Abandoned("10:06:00");
        var closedUnanswered = ConversationBuilder.Started("10:10:00", "c3").Customer("10:10:05").Closed("10:20:00");

        var kpis = Kpis.Of(answered, abandonedDespiteBot, closedUnanswered);

        Assert.Equal(3, kpis.Conversations);
        Assert.Equal(1, kpis.Answered);
        Assert.Equal(1, kpis.Abandoned);
    }

    [Fact]
    public void An_abandon_after_a_human_agent_message_is_not_an_abandon()
    {
        var conversation = ConversationBuilder.Started("10:00:00").Customer("10:00:01").Agent("10:00:20").Abandoned("10:01:00");

        var kpis = Kpis.Of(conversation);

        Assert.Equal(1, kpis.Answered);
        Assert.Equal(0, kpis.Abandoned);
    }

    [Fact]
    public void An_agent_writing_after_the_customer_abandoned_makes_the_conversation_both_answered_and_abandoned()
    {
        var conversation = ConversationBuilder.Started("10:00:00").Customer("10:00:01").Abandoned("10:01:00").Agent("10:02:00");

        var kpis = Kpis.Of(conversation);

        Assert.Equal(1, kpis.Answered);
        Assert.Equal(1, kpis.Abandoned);
    }

    [Fact]
    public void Only_automated_agent_messages_leave_a_conversation_unanswered()
    {
        var conversation = ConversationBuilder.Started("10:00:00").Customer("10:00:01").Bot("10:00:02").Bot("10:00:30");

        var kpis = Kpis.Of(conversation);

        Assert.Equal(0, kpis.Answered);
        Assert.Null(kpis.FirstResponseTimeAvgSeconds);
    }
}

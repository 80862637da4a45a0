namespace BpoCloud.Domain.Tests.Service;

public class FirstResponseTimeTests
{
    [Fact]
    public void Worked_example_first_response_time_averages_answered_conversations_with_a_customer_message()
    {
        var botThenHuman = ConversationBuilder.Started("09:59:58", "c1")
            .Customer("10:00:00").Bot("10:00:01").Agent("10:00:30.500").Agent("10:01:00");
        var proactiveGreeting = ConversationBuilder.Started("10:00:00", "c2")
            .Agent("10:00:02").Customer("10:00:10").Agent("10:00:40");
        var customerNeverWrote = ConversationBuilder.Started("10:00:00", "c3").Agent("10:00:05");

        var kpis = Kpis.Of(botThenHuman, proactiveGreeting, customerNeverWrote);

        Assert.Equal(3, kpis.Answered);
        Assert.Equal(30.25m, kpis.FirstResponseTimeAvgSeconds);
    }

    [Fact]
    public void First_response_keeps_milliseconds()
    {
        var conversation = ConversationBuilder.Started("10:00:00").Customer("10:00:00.001").Agent("10:00:07.010");

        Assert.Equal(7.009m, conversation.Facts().FirstResponseSeconds);
    }

    [Fact]
    public void A_greeting_before_the_customer_wrote_with_no_reply_after_has_no_first_response()
    {
        var conversation = ConversationBuilder.Started("10:00:00").Agent("10:00:01").Customer("10:00:10");

        var kpis = Kpis.Of(conversation);

        Assert.Equal(1, kpis.Answered);
        Assert.Null(kpis.FirstResponseTimeAvgSeconds);
    }

    [Fact]
    public void First_response_time_is_null_when_nobody_was_answered()
    {
        var kpis = Kpis.Of(ConversationBuilder.Started("10:00:00").Customer("10:00:01"));

        Assert.Null(kpis.FirstResponseTimeAvgSeconds);
    }
}

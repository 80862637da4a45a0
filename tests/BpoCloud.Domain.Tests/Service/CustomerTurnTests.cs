namespace BpoCloud.Domain.Tests.Service;

public class CustomerTurnTests
{
    [Fact]
    public void Worked_example_reply_interval_and_response_within_3_minutes()
    {
        var conversation = ConversationBuilder.Started("09:59:59")
            .Customer("10:00:00").Customer("10:00:20").Agent("10:01:00")    // turn 1 waits 60 s
            .Bot("10:02:00").Customer("10:03:00").Agent("10:07:00")        // turn 2 waits 240 s; the bot does not answer
            .Customer("10:10:00").Agent("10:10:30").Agent("10:10:40")      // turn 3 waits 30 s
            .Customer("10:15:00");                                          // turn 4 never answered

        var kpis = Kpis.Of(conversation);

        Assert.Equal(110m, kpis.ReplyIntervalAvgSeconds);
        Assert.Equal(0.5m, kpis.ResponseWithin3MinRate);
    }

    [Fact]
    public void A_turn_answered_after_exactly_180_seconds_is_within_3_minutes()
    {
        var conversation = ConversationBuilder.Started("10:00:00").Customer("10:00:00").Agent("10:03:00")
            .Customer("10:04:00").Agent("10:07:00.001");

        var kpis = Kpis.Of(conversation);

        Assert.Equal(0.5m, kpis.ResponseWithin3MinRate);
        Assert.Equal(180.0005m, kpis.ReplyIntervalAvgSeconds);
    }

    [Fact]
    public void Customer_messages_after_an_automated_message_stay_in_the_same_turn()
    {
        var facts = ConversationBuilder.Started("10:00:00").Customer("10:00:00").Bot("10:00:01").Customer("10:00:10").Agent("10:00:50").Facts();

        var turn = Assert.Single(facts.Turns);
        Assert.Equal(50m, turn.WaitSeconds);
    }

    [Fact]
    public void Reply_interval_is_null_when_no_turn_was_answered_but_the_rate_counts_the_unanswered_turn()
    {
        var kpis = Kpis.Of(ConversationBuilder.Started("10:00:00").Customer("10:00:01"));

        Assert.Null(kpis.ReplyIntervalAvgSeconds);
        Assert.Equal(0m, kpis.ResponseWithin3MinRate);
    }

    [Fact]
    public void Response_within_3_minutes_is_null_without_customer_messages()
    {
        var kpis = Kpis.Of(ConversationBuilder.Started("10:00:00").Agent("10:00:01"));

        Assert.Null(kpis.ResponseWithin3MinRate);
    }
}

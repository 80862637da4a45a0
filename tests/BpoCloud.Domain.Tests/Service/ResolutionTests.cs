namespace BpoCloud.Domain.Tests.Service;

public class ResolutionTests
{
    [Fact]
    public void Worked_example_resolution_rate_and_first_contact_resolution()
    {
        ConversationBuilder[] monday =
        [
            Answered("c1", "cust-1").Resolved("11:00:00"),                                    // FCR: came back 48 h 1 s later
            Answered("c2", "cust-2").Resolved("10:30:00").Reopened("10:40:00").Resolved("10:50:00"), // reopened: not FCR
            Answered("c3", "cust-3").Resolved("10:00:00"),                                    // came back after exactly 48 h: not FCR
            Answered("c6", "cust-6"),                                                         // answered, not resolved
            ConversationBuilder.Started("09:00:00", "c7", "cust-7").Customer("09:00:01").Bot("09:00:02").Resolved("09:01:00"), // resolved by a bot: resolved, FCR, not answered
            Answered("c8", "cust-8").Resolved("12:00:00"),                                    // FCR
        ];
        var laterVisits = ConversationBuilder.Started("2025-03-05 11:00:01", "c4", "cust-1").Events
            .Concat(ConversationBuilder.Started("2025-03-05 10:00:00", "c5", "cust-3").Events);

        var kpis = Kpis.Of(monday, [], laterBrandEvents: laterVisits);

        Assert.Equal(5, kpis.Answered);
        Assert.Equal(1m, kpis.ResolutionRate);
        Assert.Equal(0.6m, kpis.FcrRate);
    }

    [Fact]
    public void A_new_conversation_of_another_customer_does_not_break_first_contact_resolution()
    {
        var resolved = Answered("c1", "cust-1").Resolved("10:00:00");
        var someoneElse = ConversationBuilder.Started("11:00:00", "c2", "cust-2").Events;

        Assert.Equal(1m, Kpis.Of([resolved], [], laterBrandEvents: someoneElse).FcrRate);
    }

    [Fact]
    public void A_conversation_started_by_the_customer_before_the_resolution_does_not_break_first_contact_resolution()
    {
        var resolved = Answered("c1", "cust-1").Resolved("10:00:00");
        var parallel = ConversationBuilder.Started("09:30:00", "c2", "cust-1").Events;

        Assert.Equal(1m, Kpis.Of([resolved], [], laterBrandEvents: parallel).FcrRate);
    }

    [Fact]
    public void Resolution_and_fcr_rates_are_null_without_answered_or_resolved_conversations()
    {
        var kpis = Kpis.Of(ConversationBuilder.Started("10:00:00").Customer("10:00:01"));

        Assert.Null(kpis.ResolutionRate);
        Assert.Null(kpis.FcrRate);
    }

    private static ConversationBuilder Answered(string id, string customer) =>
        ConversationBuilder.Started("09:00:00", id, customer).Customer("09:00:01").Agent("09:00:20");
}

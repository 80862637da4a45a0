namespace BpoCloud.Domain.Tests.Service;

public class ComplaintRateTests
{
    [Fact]
    public void Worked_example_complaint_rate_counts_every_complaint_opened_per_conversation()
    {
        ConversationBuilder[] conversations =
        [
            ConversationBuilder.Started("09:00", "c1").Complaint("09:30"),
            ConversationBuilder.Started("09:10", "c2").Complaint("09:30").Complaint("09:45"),
            ConversationBuilder.Started("09:20", "c3"),
            ConversationBuilder.Started("09:30", "c4"),
            ConversationBuilder.Started("09:40", "c5"),
        ];

        var kpis = Kpis.Of(conversations, [Unlinked.Complaint("14:00")]);

        Assert.Equal(0.8m, kpis.ComplaintRate);
    }

    [Fact]
    public void Complaint_rate_is_null_without_conversations_even_with_complaints()
    {
        Assert.Null(Kpis.Of([], [Unlinked.Complaint("14:00")]).ComplaintRate);
    }
}

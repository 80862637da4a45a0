namespace BpoCloud.Domain.Tests.Service;

public class NpsTests
{
    [Fact]
    public void Worked_example_nps_from_conversations_and_unlinked_ratings()
    {
        ConversationBuilder[] conversations =
        [
            ConversationBuilder.Started("09:00", "c1").Nps("09:30", 10),
            ConversationBuilder.Started("09:00", "c2").Nps("09:30", 3).Nps("09:40", 9),   // latest counts: 9
        ];
        var unlinked = new[] { 8, 7, 6, 0, 10, 10 }.Select(score => Unlinked.Nps("11:00", score));

        var kpis = Kpis.Of(conversations, unlinked);

        Assert.Equal(25m, kpis.Nps);
    }

    [Fact]
    public void Nps_is_minus_100_when_everybody_is_a_detractor()
    {
        var kpis = Kpis.Of([], [Unlinked.Nps("10:00", 0), Unlinked.Nps("10:00", 6)]);

        Assert.Equal(-100m, kpis.Nps);
    }

    [Fact]
    public void Nps_is_null_without_ratings()
    {
        Assert.Null(Kpis.Of(ConversationBuilder.Started("10:00")).Nps);
    }
}

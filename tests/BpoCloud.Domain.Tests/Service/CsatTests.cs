using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class CsatTests
{
    [Fact]
    public void Worked_example_csat_counts_4_of_5_and_8_of_10_as_satisfied_and_the_latest_rating_once()
    {
        var kpis = Kpis.Of(
            Rated("c1").Csat("10:30", 4, 5),
            Rated("c2").Csat("10:30", 7, 10),
            Rated("c3").Csat("10:30", 8, 10),
            Rated("c4").Csat("10:00", 2, 5).Csat("10:10", 5, 5),
            Rated("c5").Csat("10:30", 3, 5));

        Assert.Equal(5, kpis.CsatRated);
        Assert.Equal(0.6m, kpis.CsatScore);
    }

    [Theory]
    [InlineData(4, 5, true)]
    [InlineData(3, 5, false)]
    [InlineData(8, 10, true)]
    [InlineData(7, 10, false)]
    [InlineData(10, 10, true)]
    public void A_rating_is_satisfied_from_80_percent_of_its_scale(int score, int scale, bool satisfied) =>
        Assert.Equal(satisfied, new CsatRating(score, scale).IsSatisfied);

    [Fact]
    public void Csat_score_is_null_and_rated_zero_without_ratings()
    {
        var kpis = Kpis.Of(Rated("c1"));

        Assert.Equal(0, kpis.CsatRated);
        Assert.Null(kpis.CsatScore);
    }

    private static ConversationBuilder Rated(string id) =>
        ConversationBuilder.Started("09:00", id).Customer("09:00:01").Agent("09:00:10");
}

using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class KpiValuesTests
{
    [Fact]
    public void Every_metric_without_data_is_null_and_every_count_is_zero()
    {
        var values = KpiValues.From(KpiCounters.Zero);

        Assert.Equal(new KpiValues(), values);
        Assert.All(
            typeof(KpiValues).GetProperties().Where(p => p.PropertyType == typeof(decimal?)),
            p => Assert.Null(p.GetValue(values)));
    }

    [Fact]
    public void Values_are_not_rounded_in_the_domain()
    {
        var values = KpiValues.From(new KpiCounters { Conversations = 3, Answered = 3, Resolved = 2 });

        Assert.Equal(2m / 3m, values.ResolutionRate);
    }

    [Fact]
    public void Rounded_gives_four_decimals_half_away_from_zero_and_keeps_nulls_and_counts()
    {
        var values = new KpiValues
        {
            Conversations = 7,
            ResolutionRate = 2m / 3m,
            ServiceLevel = 0.12345m,
            Nps = -12.34565m,
            FirstResponseTimeAvgSeconds = 30.25m,
        };

        var rounded = values.Rounded();

        Assert.Equal(7, rounded.Conversations);
        Assert.Equal(0.6667m, rounded.ResolutionRate);
        Assert.Equal(0.1235m, rounded.ServiceLevel);
        Assert.Equal(-12.3457m, rounded.Nps);
        Assert.Equal(30.25m, rounded.FirstResponseTimeAvgSeconds);
        Assert.Null(rounded.FcrRate);
    }
}

using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class SlaAttainmentTests
{
    // Targets: service level 0.8, responses within 3 minutes 0.9.
    private static readonly SlaPolicy Policy = Sla.AlwaysOpen(30);

    [Fact]
    public void Worked_example_a_day_exactly_on_both_targets_is_met()
    {
        var day = new KpiCounters { ServiceLevelMet = 4, ServiceLevelOffered = 5, TurnsWithin3Min = 9, Turns = 10 };

        var attainment = SlaAttainment.ForDay(Time.Monday, day, Policy);

        Assert.Equal(new SlaAttainment(Time.Monday, 0.8m, 0.9m, 0.8m, 0.9m), attainment);
        Assert.True(attainment.Met);
    }

    [Fact]
    public void Missing_either_target_misses_the_day()
    {
        var day = new KpiCounters { ServiceLevelMet = 5, ServiceLevelOffered = 5, TurnsWithin3Min = 8, Turns = 10 };

        Assert.False(SlaAttainment.ForDay(Time.Monday, day, Policy).Met);
    }

    [Fact]
    public void A_day_without_data_for_either_measure_is_not_measured()
    {
        var onlyOutsideHours = new KpiCounters { Conversations = 3, TurnsWithin3Min = 3, Turns = 3 };

        Assert.Null(SlaAttainment.ForDay(Time.Monday, KpiCounters.Zero, Policy).Met);
        Assert.Null(SlaAttainment.ForDay(Time.Monday, onlyOutsideHours, Policy).Met);
    }
}

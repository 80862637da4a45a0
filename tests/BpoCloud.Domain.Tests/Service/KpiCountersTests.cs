using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class KpiCountersTests
{
    [Fact]
    public void Adding_counters_adds_every_field_and_nothing_else()
    {
        foreach (var property in typeof(KpiCounters).GetProperties().Where(p => p.CanWrite))
        {
            var left = new KpiCounters();
            var right = new KpiCounters();
            property.SetValue(left, Convert.ChangeType(2, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
            property.SetValue(right, Convert.ChangeType(3, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));

            var sum = left + right;

            Assert.Equal(5m, Convert.ToDecimal(property.GetValue(sum), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(sum, KpiCounters.Zero with { } + sum);
        }
    }

    [Fact]
    public void The_counters_of_a_day_are_the_sum_of_its_hours()
    {
        ConversationBuilder[] nineOClock =
        [
            ConversationBuilder.Started("09:10", "c1").Customer("09:10:00").Agent("09:10:20").Resolved("09:20"),
            ConversationBuilder.Started("09:50", "c2").Customer("09:50:00").Abandoned("09:51"),
        ];
        ConversationBuilder[] tenOClock =
        [
            ConversationBuilder.Started("10:05", "c3").Customer("10:05:00").Agent("10:05:40").Csat("10:30", 5, 5),
        ];

        var day = Kpis.CountersOf([.. nineOClock, .. tenOClock], []);
        var hours = Kpis.CountersOf(nineOClock, []) + Kpis.CountersOf(tenOClock, []);

        Assert.Equal(day, hours);
        Assert.Equal(3, day.Conversations);
        Assert.Equal(60m, day.FirstResponseSum);
        Assert.Equal(30m, KpiValues.From(hours).FirstResponseTimeAvgSeconds);
    }

    [Fact]
    public void Sum_of_no_counters_is_zero() => Assert.Equal(KpiCounters.Zero, KpiCounters.Sum([]));
}

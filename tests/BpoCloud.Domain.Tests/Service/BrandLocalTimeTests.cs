using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class BrandLocalTimeTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void A_utc_evening_is_the_next_morning_in_shanghai()
    {
        var instant = new DateTimeOffset(2025, 3, 3, 16, 45, 12, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 3, 4), BrandLocalTime.DayOf(instant, Shanghai));
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.FromHours(8)), BrandLocalTime.HourOf(instant, Shanghai));
    }

    [Fact]
    public void The_repeated_hour_of_a_dst_fall_back_night_is_two_buckets_of_the_same_day()
    {
        // 26 October 2025: Berlin clocks go from 03:00 summer time back to 02:00 winter time.
        var firstTwoThirty = new DateTimeOffset(2025, 10, 26, 0, 30, 0, TimeSpan.Zero);
        var secondTwoThirty = new DateTimeOffset(2025, 10, 26, 1, 30, 0, TimeSpan.Zero);

        var first = BrandLocalTime.HourOf(firstTwoThirty, Berlin);
        var second = BrandLocalTime.HourOf(secondTwoThirty, Berlin);

        Assert.Equal(new DateTimeOffset(2025, 10, 26, 2, 0, 0, TimeSpan.FromHours(2)), first);
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 2, 0, 0, TimeSpan.FromHours(1)), second);
        Assert.NotEqual(first, second);
        Assert.Equal(BrandLocalTime.DayOf(firstTwoThirty, Berlin), BrandLocalTime.DayOf(secondTwoThirty, Berlin));
    }
}

using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class BusinessHoursTests
{
    private static readonly BusinessHours SplitMonday = new()
    {
        Windows = [new(WeekDay.Mon, "09:00", "12:00"), new(WeekDay.Mon, "13:30", "18:00")],
    };

    private static readonly BusinessHours LateFriday = new()
    {
        Windows = [new(WeekDay.Fri, "22:00", "24:00"), new(WeekDay.Sat, "00:00", "02:00")],
    };

    [Theory]
    [InlineData("08:59:59.999", false)]
    [InlineData("09:00", true)]
    [InlineData("11:59:59.999", true)]
    [InlineData("12:00", false)]
    [InlineData("13:29:59", false)]
    [InlineData("13:30", true)]
    [InlineData("18:00", false)]
    [InlineData("2025-03-04 10:00", false)]
    public void Split_hours_open_at_open_and_close_at_close(string localTime, bool open) =>
        Assert.Equal(open, SplitMonday.IsOpenAt(Time.At(localTime)));

    [Theory]
    [InlineData("2025-03-07 21:59:59", false)]
    [InlineData("2025-03-07 23:59:59.999", true)]
    [InlineData("2025-03-08 00:00", true)]
    [InlineData("2025-03-08 01:59:59", true)]
    [InlineData("2025-03-08 02:00", false)]
    public void A_window_closing_at_24_00_runs_to_midnight_and_the_next_day_continues(string localTime, bool open) =>
        Assert.Equal(open, LateFriday.IsOpenAt(Time.At(localTime)));

    [Fact]
    public void A_holiday_is_closed_all_day_including_after_midnight_hours()
    {
        var monday = SplitMonday with { Holidays = [new DateOnly(2025, 3, 3)] };
        var saturday = LateFriday with { Holidays = [new DateOnly(2025, 3, 8)] };

        Assert.False(monday.IsOpenAt(Time.At("10:00")));
        Assert.True(monday.IsOpenAt(Time.At("2025-03-10 10:00")));
        Assert.True(saturday.IsOpenAt(Time.At("2025-03-07 23:00")));
        Assert.False(saturday.IsOpenAt(Time.At("2025-03-08 00:30")));
    }

    [Fact]
    public void Shanghai_hours_apply_to_utc_instants_at_plus_8_all_year()
    {
        Assert.Equal("Asia/Shanghai", SplitMonday.TimeZone);
        Assert.False(SplitMonday.IsOpenAt(new DateTimeOffset(2025, 3, 3, 0, 59, 59, TimeSpan.Zero)));
        Assert.True(SplitMonday.IsOpenAt(new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero)));
        Assert.True(SplitMonday.IsOpenAt(new DateTimeOffset(2025, 7, 7, 1, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Berlin_hours_follow_the_clock_change_from_plus_1_to_plus_2()
    {
        var berlin = new BusinessHours
        {
            TimeZone = "Europe/Berlin",
            Windows = [.. new[] { WeekDay.Mon, WeekDay.Fri }.Select(day => new OpeningWindow(day, "09:00", "17:00"))],
        };

        // Friday 28 March 2025 is winter time (UTC+1); Monday 31 March is summer time (UTC+2).
        Assert.False(berlin.IsOpenAt(new DateTimeOffset(2025, 3, 28, 7, 30, 0, TimeSpan.Zero)));
        Assert.True(berlin.IsOpenAt(new DateTimeOffset(2025, 3, 31, 7, 30, 0, TimeSpan.Zero)));
        Assert.True(berlin.IsOpenAt(new DateTimeOffset(2025, 3, 28, 15, 30, 0, TimeSpan.Zero)));
        Assert.False(berlin.IsOpenAt(new DateTimeOffset(2025, 3, 31, 15, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Unvalidated_hours_are_refused_rather_than_guessed()
    {
        var broken = new BusinessHours { Windows = [new(WeekDay.Mon, "9am", "17:00")] };

        Assert.Throws<InvalidOperationException>(() => broken.IsOpenAt(Time.At("10:00")));
    }
}

using BpoCloud.Domain.Common;

namespace BpoCloud.Domain.Tests.Common;

public sealed class ClockTimeTests
{
    [Theory]
    [InlineData("00:00", 0)]
    [InlineData("09:30", 570)]
    [InlineData("23:59", 1439)]
    [InlineData("24:00", 1440)]
    public void Clock_times_read_as_minutes_after_midnight(string text, int minutes)
    {
        Assert.True(ClockTime.TryParse(text, out var read));
        Assert.Equal(minutes, read);
    }

    [Theory]
    [InlineData("24:01")]
    [InlineData("9:30")]
    [InlineData("12:60")]
    [InlineData("ab:cd")]
    [InlineData("")]
    public void Anything_else_is_not_a_clock_time(string text) => Assert.False(ClockTime.TryParse(text, out _));

    [Fact]
    public void A_window_needs_open_before_close_and_may_close_at_midnight()
    {
        var ok = new ValidationErrors();
        ClockTime.ValidateWindow(ok, "w", "18:00", "24:00");
        var backwards = new ValidationErrors();
        ClockTime.ValidateWindow(backwards, "w", "18:00", "09:00");
        var openAtMidnightEnd = new ValidationErrors();
        ClockTime.ValidateWindow(openAtMidnightEnd, "w", "24:00", "24:00");

        Assert.True(ok.IsEmpty);
        Assert.True(backwards.Has("w.close"));
        Assert.True(openAtMidnightEnd.Has("w.open"));
    }
}

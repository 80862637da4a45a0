using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;
using static BpoCloud.Domain.Tests.Service.ValidationLines;

namespace BpoCloud.Domain.Tests.Service;

public class SlaPolicyTests
{
    private static readonly SlaPolicy Valid = Sla.Open(30, new OpeningWindow(WeekDay.Mon, "09:00", "24:00"));

    private static SlaPolicy WithWindow(string open, string close) =>
        Valid with { BusinessHours = Valid.BusinessHours with { Windows = [new(WeekDay.Mon, open, close)] } };

    [Fact]
    public void A_complete_policy_has_no_problems() => Assert.True(Valid.Validate().IsEmpty);

    [Fact]
    public void The_default_time_zone_is_shanghai() => Assert.Equal("Asia/Shanghai", new SlaPolicy().BusinessHours.TimeZone);

    [Theory]
    [InlineData("9:00", "12:00", "businessHours.windows[0].open: must be a time HH:mm from 00:00 to 23:59.")]
    [InlineData("24:00", "24:00", "businessHours.windows[0].open: must be a time HH:mm from 00:00 to 23:59.")]
    [InlineData("09:00", "24:01", "businessHours.windows[0].close: must be a time HH:mm from 00:01 to 24:00.")]
    [InlineData("09:00", "12:60", "businessHours.windows[0].close: must be a time HH:mm from 00:01 to 24:00.")]
    [InlineData("00:00", "00:00", "businessHours.windows[0].close: must be a time HH:mm from 00:01 to 24:00.")]
    [InlineData("12:00", "12:00", "businessHours.windows[0].close: must be after open.")]
    [InlineData("22:00", "02:00", "businessHours.windows[0].close: must be after open.")]
    public void Opening_windows_are_HH_mm_with_open_before_close(string open, string close, string problem) =>
        Assert.Equal(Expect(problem), Of(WithWindow(open, close).Validate()));

    [Fact]
    public void Every_other_field_is_checked_with_its_path()
    {
        var policy = Valid with
        {
            BusinessHours = new BusinessHours { TimeZone = "Mars/Olympus_Mons", Windows = [new((WeekDay)9, "09:00", "10:00")] },
            FirstResponseSeconds = 0,
            TargetServiceLevel = 1.01m,
            ResponseWithin3MinTarget = -0.1m,
        };

        Assert.Equal(
            Expect(
                "businessHours.timeZone: 'Mars/Olympus_Mons' is not a known IANA time zone.",
                "businessHours.windows[0].day: is not one of the allowed values.",
                "firstResponseSeconds: must be between 1 and 86400.",
                "targetServiceLevel: must be a fraction between 0 and 1.",
                "responseWithin3MinTarget: must be a fraction between 0 and 1."),
            Of(policy.Validate()));
    }

    [Fact]
    public void A_policy_needs_at_least_one_opening_window() =>
        Assert.Equal(
            Expect("businessHours.windows: must have at least one opening window."),
            Of((Valid with { BusinessHours = new BusinessHours() }).Validate()));

    [Fact]
    public void The_policy_in_force_is_the_latest_effective_on_or_before_the_day()
    {
        var january = Valid with { EffectiveFrom = new DateOnly(2025, 1, 1) };
        var march = Valid with { EffectiveFrom = new DateOnly(2025, 3, 3), FirstResponseSeconds = 20 };
        SlaPolicy[] policies = [march, january];

        Assert.Null(SlaPolicy.InForceOn(policies, new DateOnly(2024, 12, 31)));
        Assert.Same(january, SlaPolicy.InForceOn(policies, new DateOnly(2025, 3, 2)));
        Assert.Same(march, SlaPolicy.InForceOn(policies, new DateOnly(2025, 3, 3)));
    }
}

using BpoCloud.Domain.Common;
using BpoCloud.Domain.Scheduling;

namespace BpoCloud.Domain.Tests.Scheduling;

public sealed class ShiftRulesTests
{
    private static readonly DateTimeOffset Nine = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static ValidationErrors Check(DateTimeOffset? start, DateTimeOffset? end, params TimeRange[] breaks)
    {
        var errors = new ValidationErrors();
        ShiftRules.Validate(errors, start, end, breaks);
        return errors;
    }

    [Fact]
    public void A_shift_with_a_break_inside_is_valid_and_pays_the_hours_outside_the_break()
    {
        var lunch = new TimeRange(Nine.AddHours(4), Nine.AddHours(4.5));

        Assert.True(Check(Nine, Nine.AddHours(9), lunch).IsEmpty);
        Assert.Equal(8.5m, ShiftRules.PaidHours(new TimeRange(Nine, Nine.AddHours(9)), [lunch]));
    }

    [Fact]
    public void End_before_start_is_refused_on_end()
    {
        Assert.True(Check(Nine, Nine.AddHours(-1)).Has("end"));
        Assert.True(Check(Nine, Nine).Has("end"));
    }

    [Fact]
    public void Shifts_longer_than_sixteen_hours_are_refused()
    {
        Assert.True(Check(Nine, Nine.AddHours(16)).IsEmpty);
        Assert.True(Check(Nine, Nine.AddHours(16.5)).Has("end"));
    }

    [Fact]
    public void Breaks_must_lie_inside_the_shift_and_not_overlap_each_other()
    {
        var errors = Check(Nine, Nine.AddHours(8),
            new TimeRange(Nine.AddHours(2), Nine.AddHours(3)),
            new TimeRange(Nine.AddHours(2.5), Nine.AddHours(3.5)),
            new TimeRange(Nine.AddHours(7.5), Nine.AddHours(8.5)));

        Assert.Equal(["breaks[1]", "breaks[2]"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void Missing_times_are_required()
    {
        var errors = Check(null, null);

        Assert.True(errors.Has("start"));
        Assert.True(errors.Has("end"));
    }

    [Fact]
    public void Touching_ranges_do_not_overlap_but_crossing_ones_do()
    {
        var morning = new TimeRange(Nine, Nine.AddHours(4));

        Assert.False(morning.Overlaps(new TimeRange(Nine.AddHours(4), Nine.AddHours(8))));
        Assert.True(morning.Overlaps(new TimeRange(Nine.AddHours(3.99), Nine.AddHours(8))));
    }
}

using BpoCloud.Domain.Scheduling;

namespace BpoCloud.Domain.Tests.Scheduling;

public sealed class ShiftLifecycleTests
{
    [Theory]
    [InlineData(ShiftStatus.Planned, ShiftStatus.Published, true)]
    [InlineData(ShiftStatus.Published, ShiftStatus.Started, true)]
    [InlineData(ShiftStatus.Started, ShiftStatus.Completed, true)]
    [InlineData(ShiftStatus.Planned, ShiftStatus.Cancelled, true)]
    [InlineData(ShiftStatus.Started, ShiftStatus.Cancelled, true)]
    [InlineData(ShiftStatus.Planned, ShiftStatus.Started, false)]
    [InlineData(ShiftStatus.Published, ShiftStatus.Planned, false)]
    [InlineData(ShiftStatus.Completed, ShiftStatus.Cancelled, false)]
    [InlineData(ShiftStatus.Cancelled, ShiftStatus.Published, false)]
    [InlineData(ShiftStatus.Planned, ShiftStatus.Planned, false)]
    public void Only_forward_moves_and_cancelling_before_completion_are_legal(ShiftStatus from, ShiftStatus to, bool legal) =>
        Assert.Equal(legal, ShiftLifecycle.CanMove(from, to));

    [Fact]
    public void Only_planned_and_published_shifts_can_be_edited_and_only_cancelled_ones_free_the_agent()
    {
        Assert.Equal([ShiftStatus.Planned, ShiftStatus.Published], Enum.GetValues<ShiftStatus>().Where(ShiftLifecycle.IsEditable));
        Assert.Equal([ShiftStatus.Cancelled], Enum.GetValues<ShiftStatus>().Where(s => !ShiftLifecycle.HoldsAgentTime(s)));
    }
}

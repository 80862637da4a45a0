namespace BpoCloud.Domain.Scheduling;

/// <summary>
/// The legal moves of a shift: planned → published → started → completed, and cancelled from
/// any state before completion. Completed and cancelled are final.
/// </summary>
public static class ShiftLifecycle
{
    public static bool CanMove(ShiftStatus from, ShiftStatus to) => (from, to) switch
    {
        (ShiftStatus.Planned, ShiftStatus.Published) => true,
        (ShiftStatus.Published, ShiftStatus.Started) => true,
        (ShiftStatus.Started, ShiftStatus.Completed) => true,
        (ShiftStatus.Planned or ShiftStatus.Published or ShiftStatus.Started, ShiftStatus.Cancelled) => true,
        _ => false,
    };

    /// <summary>Times, breaks and assignment may only change before the shift starts.</summary>
    public static bool IsEditable(ShiftStatus status) => status is ShiftStatus.Planned or ShiftStatus.Published;

    /// <summary>Whether the shift still occupies the agent's time (used for the no-overlap rule).</summary>
    public static bool HoldsAgentTime(ShiftStatus status) => status != ShiftStatus.Cancelled;
}

namespace BpoCloud.Domain.Scheduling;

/// <summary>Where a shift is in its life: planned by the scheduler, published to the agent, worked, or called off.</summary>
public enum ShiftStatus { Planned, Published, Started, Completed, Cancelled }

using BpoCloud.Domain.Scheduling;
using BpoCloud.Grains.Common;

namespace BpoCloud.Grains.Scheduling;

/// <summary>One shift, keyed by shift id: who works for which brand and role, when, and where it is in its lifecycle.</summary>
[Alias("bpo.IShiftGrain")]
public interface IShiftGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<GrainResult<ShiftInfo>> Create(ShiftDraft draft);

    [Alias("Get")]
    Task<ShiftInfo?> Get();

    /// <summary>Changes times, breaks or assignment; only before the shift has started.</summary>
    [Alias("Update")]
    Task<GrainResult<ShiftInfo>> Update(ShiftDraft draft, int? expectedVersion);

    /// <summary>Moves the shift along its lifecycle; an illegal move is a conflict.</summary>
    [Alias("Move")]
    Task<GrainResult<ShiftInfo>> Move(ShiftStatus status, int? expectedVersion);
}

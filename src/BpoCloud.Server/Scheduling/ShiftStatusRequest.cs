using BpoCloud.Domain.Common;
using BpoCloud.Domain.Scheduling;

namespace BpoCloud.Server.Scheduling;

/// <summary>Body of PATCH /shifts/{shiftId}: the status to move to.</summary>
public sealed record ShiftStatusRequest(ShiftStatus? Status) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.RequireDefined("status", Status);
}

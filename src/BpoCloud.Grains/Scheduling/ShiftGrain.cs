using BpoCloud.Grains.Tenancy;
using BpoCloud.Domain.Billing;
using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Scheduling;
using BpoCloud.Grains.Common;
using BpoCloud.Grains.Roster;

namespace BpoCloud.Grains.Scheduling;

public sealed class ShiftGrain(
    [PersistentState("shift", StorageNames.Grains)] IPersistentState<ShiftState> state,
    IRosterReadModel readModel,
    TimeProvider clock) : Grain, IShiftGrain, IFirmOnlyGrain
{
    private string ShiftId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Shift is { } shift)
        {
            await readModel.UpsertShift(shift);
        }
    }

    public async Task<GrainResult<ShiftInfo>> Create(ShiftDraft draft)
    {
        if (state.State.Shift is not null)
        {
            return GrainResult<ShiftInfo>.Conflict($"Shift '{ShiftId}' already exists.");
        }
        if (await CheckAssignment(draft) is { } refusal)
        {
            return refusal;
        }
        var booking = await GrainFactory.GetGrain<IAgentGrain>(draft.AgentId).BookShift(ShiftId, draft);
        if (!booking.IsOk)
        {
            return booking.As<ShiftInfo>();
        }
        var now = clock.GetUtcNow();
        return await Save(Priced(new ShiftInfo(ShiftId, draft, ShiftStatus.Planned, 0, 0, 1, now, now), booking.Value));
    }

    public Task<ShiftInfo?> Get() => Task.FromResult(state.State.Shift);

    public async Task<GrainResult<ShiftInfo>> Update(ShiftDraft draft, int? expectedVersion)
    {
        if (Current(expectedVersion, out var current) is { } refusal)
        {
            return refusal;
        }
        if (!ShiftLifecycle.IsEditable(current.Status))
        {
            return GrainResult<ShiftInfo>.Conflict($"A {current.Status} shift can no longer be changed.");
        }
        if (await CheckAssignment(draft) is { } invalid)
        {
            return invalid;
        }
        var booking = await GrainFactory.GetGrain<IAgentGrain>(draft.AgentId).BookShift(ShiftId, draft);
        if (!booking.IsOk)
        {
            return booking.As<ShiftInfo>();
        }
        var result = await Save(Priced(current with { Details = draft, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow() }, booking.Value));
        if (draft.AgentId != current.Details.AgentId)
        {
            await GrainFactory.GetGrain<IAgentGrain>(current.Details.AgentId).ReleaseShift(ShiftId);
        }
        return result;
    }

    public async Task<GrainResult<ShiftInfo>> Move(ShiftStatus status, int? expectedVersion)
    {
        if (Current(expectedVersion, out var current) is { } refusal)
        {
            return refusal;
        }
        if (!ShiftLifecycle.CanMove(current.Status, status))
        {
            return GrainResult<ShiftInfo>.Conflict($"A shift cannot move from {current.Status} to {status}.");
        }
        var result = await Save(current with { Status = status, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow() });
        if (!ShiftLifecycle.HoldsAgentTime(status))
        {
            await GrainFactory.GetGrain<IAgentGrain>(current.Details.AgentId).ReleaseShift(ShiftId);
        }
        return result;
    }

    private GrainResult<ShiftInfo>? Current(int? expectedVersion, out ShiftInfo current)
    {
        current = state.State.Shift!;
        if (state.State.Shift is null)
        {
            return GrainResult<ShiftInfo>.NotFound($"Shift '{ShiftId}' does not exist.");
        }
        if (expectedVersion is { } v && v != current.Version)
        {
            return GrainResult<ShiftInfo>.Stale($"Shift was changed since version {v}; it is now at version {current.Version}.");
        }
        return null;
    }

    /// <summary>Checks the shift's own rules and that its brand, role and store exist and fit together.</summary>
    private async Task<GrainResult<ShiftInfo>?> CheckAssignment(ShiftDraft draft)
    {
        var errors = new ValidationErrors();
        ShiftRules.Validate(errors, draft.Start, draft.End, [.. draft.Breaks.Select(b => new TimeRange(b.Start, b.End))]);
        var brand = await GrainFactory.GetGrain<IBrandGrain>(draft.BrandId).Get();
        if (brand is null)
        {
            errors.Add("brandId", $"Brand '{draft.BrandId}' does not exist.");
        }
        else if (brand.Details.Status == BrandStatus.Offboarded)
        {
            errors.Add("brandId", $"Brand '{draft.BrandId}' is offboarded.");
        }
        else if (!brand.Details.Roles.Contains(draft.Role))
        {
            errors.Add("role", $"Brand '{draft.BrandId}' does not buy this role.");
        }
        if (draft.StoreId is { } storeId && await GrainFactory.GetGrain<IStoreGrain>(StoreKey.For(draft.BrandId, storeId)).Get() is null)
        {
            errors.Add("storeId", $"Store '{storeId}' does not exist for brand '{draft.BrandId}'.");
        }
        return errors.IsEmpty ? null : GrainResult<ShiftInfo>.Invalid(errors.ToDictionary());
    }

    private static ShiftInfo Priced(ShiftInfo shift, decimal hourlyCost)
    {
        var d = shift.Details;
        var paid = ShiftRules.PaidHours(new TimeRange(d.Start, d.End), d.Breaks.Select(b => new TimeRange(b.Start, b.End)));
        return shift with { PaidHours = paid, Cost = Money.Round(paid * hourlyCost) };
    }

    private async Task<GrainResult<ShiftInfo>> Save(ShiftInfo shift)
    {
        state.State.Shift = shift;
        await state.WriteStateAsync();
        await readModel.UpsertShift(shift);
        return GrainResult<ShiftInfo>.Ok(shift);
    }
}

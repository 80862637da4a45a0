using BpoCloud.Grains.Tenancy;
using BpoCloud.Domain.Scheduling;
using BpoCloud.Grains.Common;
using BpoCloud.Grains.Scheduling;

namespace BpoCloud.Grains.Roster;

public sealed class AgentGrain(
    [PersistentState("agent", StorageNames.Grains)] IPersistentState<AgentState> state,
    IRosterReadModel readModel,
    TimeProvider clock) : Grain, IAgentGrain, IFirmOnlyGrain
{
    private string AgentId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Agent is { } agent)
        {
            await readModel.UpsertAgent(agent);
        }
    }

    public async Task<GrainResult<AgentInfo>> Create(AgentDraft draft)
    {
        if (state.State.Agent is not null)
        {
            return GrainResult<AgentInfo>.Conflict($"Agent '{AgentId}' already exists.");
        }
        if (await CheckReferences(draft) is { } invalid)
        {
            return invalid;
        }
        if (!await ClaimEmployeeNumber(draft.EmployeeNumber))
        {
            return EmployeeNumberTaken(draft.EmployeeNumber);
        }
        var now = clock.GetUtcNow();
        return await Save(new AgentInfo(AgentId, draft, 1, now, now));
    }

    public Task<AgentInfo?> Get() => Task.FromResult(state.State.Agent);

    public async Task<GrainResult<AgentInfo>> Update(AgentDraft draft, int? expectedVersion)
    {
        if (state.State.Agent is not { } current)
        {
            return GrainResult<AgentInfo>.NotFound($"Agent '{AgentId}' does not exist.");
        }
        if (expectedVersion is { } v && v != current.Version)
        {
            return GrainResult<AgentInfo>.Stale($"Agent was changed since version {v}; it is now at version {current.Version}.");
        }
        if (await CheckReferences(draft) is { } invalid)
        {
            return invalid;
        }
        var oldNumber = current.Details.EmployeeNumber;
        var numberChanged = !string.Equals(oldNumber, draft.EmployeeNumber, StringComparison.Ordinal);
        if (numberChanged && !await ClaimEmployeeNumber(draft.EmployeeNumber))
        {
            return EmployeeNumberTaken(draft.EmployeeNumber);
        }
        var result = await Save(current with { Details = draft, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow() });
        if (numberChanged)
        {
            await GrainFactory.GetGrain<IEmployeeNumberGrain>(oldNumber).Release(AgentId);
        }
        return result;
    }

    public async Task<GrainResult<decimal>> BookShift(string shiftId, ShiftDraft shift)
    {
        if (state.State.Agent is not { } agent)
        {
            return GrainResult<decimal>.Invalid("agentId", $"Agent '{AgentId}' does not exist.");
        }
        if (AgentEligibility.Check(agent.Details, shift.BrandId, shift.Role) is { } problem)
        {
            return GrainResult<decimal>.Invalid("agentId", problem);
        }
        var wanted = new TimeRange(shift.Start, shift.End);
        foreach (var (otherId, booked) in state.State.BookedShifts)
        {
            if (otherId != shiftId && wanted.Overlaps(new TimeRange(booked.Start, booked.End)))
            {
                return GrainResult<decimal>.Conflict(
                    $"Agent '{AgentId}' already works shift '{otherId}' from {booked.Start:O} to {booked.End:O}, which overlaps.");
            }
        }
        state.State.BookedShifts[shiftId] = new BookedTime(shift.Start, shift.End);
        await state.WriteStateAsync();
        return GrainResult<decimal>.Ok(agent.Details.HourlyCost);
    }

    public async Task ReleaseShift(string shiftId)
    {
        if (state.State.BookedShifts.Remove(shiftId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <summary>Certified brands and the team lead must exist; an agent cannot lead themselves.</summary>
    private async Task<GrainResult<AgentInfo>?> CheckReferences(AgentDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < draft.Certifications.Count; i++)
        {
            if (await GrainFactory.GetGrain<IBrandGrain>(draft.Certifications[i]).Get() is null)
            {
                errors[$"certifications[{i}]"] = [$"Brand '{draft.Certifications[i]}' does not exist."];
            }
        }
        if (draft.TeamLeadId is { } lead &&
            (lead == AgentId || await GrainFactory.GetGrain<IAgentGrain>(lead).Get() is null))
        {
            errors["teamLeadId"] = [$"'{lead}' is not another existing agent."];
        }
        return errors.Count == 0 ? null : GrainResult<AgentInfo>.Invalid(errors);
    }

    private Task<bool> ClaimEmployeeNumber(string number) =>
        GrainFactory.GetGrain<IEmployeeNumberGrain>(number).Claim(AgentId);

    private static GrainResult<AgentInfo> EmployeeNumberTaken(string number) =>
        GrainResult<AgentInfo>.Conflict($"Employee number '{number}' belongs to another agent.");

    private async Task<GrainResult<AgentInfo>> Save(AgentInfo agent)
    {
        state.State.Agent = agent;
        await state.WriteStateAsync();
        await readModel.UpsertAgent(agent);
        return GrainResult<AgentInfo>.Ok(agent);
    }
}

using BpoCloud.Grains.Tenancy;
using BpoCloud.Grains.Common;

namespace BpoCloud.Grains.Roster;

public sealed class EmployeeNumberGrain(
    [PersistentState("employeeNumber", StorageNames.Grains)] IPersistentState<EmployeeNumberState> state) : Grain, IEmployeeNumberGrain, IFirmOnlyGrain
{
    public async Task<bool> Claim(string agentId)
    {
        if (state.State.AgentId is { } holder)
        {
            return holder == agentId;
        }
        state.State.AgentId = agentId;
        await state.WriteStateAsync();
        return true;
    }

    public async Task Release(string agentId)
    {
        if (state.State.AgentId == agentId)
        {
            state.State.AgentId = null;
            await state.WriteStateAsync();
        }
    }
}

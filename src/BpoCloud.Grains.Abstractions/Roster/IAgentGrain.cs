using Orleans.Concurrency;
using BpoCloud.Grains.Common;
using BpoCloud.Grains.Scheduling;

namespace BpoCloud.Grains.Roster;

/// <summary>
/// One agent, keyed by agent id. Besides the profile it is the single writer of the agent's booked
/// time, which is what makes "two shifts of one agent never overlap" hold under concurrent requests.
/// </summary>
[Alias("bpo.IAgentGrain")]
public interface IAgentGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<GrainResult<AgentInfo>> Create(AgentDraft draft);

    /// <summary>
    /// Read-only, so safe to interleave: agents look each other up (team leads), and two agents checking
    /// each other at once must not wait on each other.
    /// </summary>
    [Alias("Get"), AlwaysInterleave]
    Task<AgentInfo?> Get();

    [Alias("Update")]
    Task<GrainResult<AgentInfo>> Update(AgentDraft draft, int? expectedVersion);

    /// <summary>
    /// Books the agent's time for a shift after checking the agent may work it (active, certified for the
    /// brand, skilled in the role) and it overlaps none of their other shifts. Idempotent per shift id:
    /// re-booking a shift moves its time. Returns the agent's hourly cost for the shift's cost figure.
    /// </summary>
    [Alias("BookShift")]
    Task<GrainResult<decimal>> BookShift(string shiftId, ShiftDraft shift);

    /// <summary>Frees the time of a cancelled or reassigned shift; unknown ids are ignored.</summary>
    [Alias("ReleaseShift")]
    Task ReleaseShift(string shiftId);
}

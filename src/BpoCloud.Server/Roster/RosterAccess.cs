using System.Security.Claims;
using BpoCloud.Domain.Tenancy;
using BpoCloud.Grains.Roster;
using BpoCloud.Server.Identity;

namespace BpoCloud.Server.Roster;

/// <summary>
/// Row-level rights over agents and shifts on top of the role policies: managers, QA and finance see
/// every agent; a team lead sees themself and their team; an agent sees only themself.
/// </summary>
public static class RosterAccess
{
    public static bool SeesAllAgents(ClaimsPrincipal caller) => caller.Is(Role.OpsAdmin, Role.OpsManager, Role.QaInspector, Role.Finance);

    public static bool SeesAllShifts(ClaimsPrincipal caller) => caller.Is(Role.OpsAdmin, Role.OpsManager, Role.Finance);

    public static bool ManagesAllShifts(ClaimsPrincipal caller) => caller.Is(Role.OpsAdmin, Role.OpsManager);

    public static bool CanSeeAgent(ClaimsPrincipal caller, AgentInfo agent) =>
        SeesAllAgents(caller) || IsSelfOrTeam(caller, agent);

    /// <summary>For team leads and agents: the agent is the caller, or (for a team lead) one of their team.</summary>
    public static bool IsSelfOrTeam(ClaimsPrincipal caller, AgentInfo agent)
    {
        var me = caller.AgentId();
        return me is not null && (agent.Id == me || (caller.Is(Role.TeamLead) && agent.Details.TeamLeadId == me));
    }
}

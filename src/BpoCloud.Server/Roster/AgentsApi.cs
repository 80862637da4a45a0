using BpoCloud.Domain.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Server.Audit;
using BpoCloud.Server.Common;
using BpoCloud.Server.Identity;
using BpoCloud.Storage.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Roster;

/// <summary>/agents: the firm's employees who serve brands.</summary>
public static class AgentsApi
{
    public static RouteGroupBuilder MapAgentsApi(this RouteGroupBuilder api)
    {
        var agents = api.MapGroup("/agents").WithTags("Agents").RequireAuthorization(Policies.AgentsRead);
        agents.MapPost("/", Create).RequireAuthorization(Policies.AgentsManage);
        agents.MapGet("/", List);
        agents.MapGet("/{agentId}", Get);
        agents.MapPut("/{agentId}", Update).RequireAuthorization(Policies.AgentsManage).WithAuditSnapshot(Snapshot);
        return api;
    }

    public static async Task<Results<Created<AgentResponse>, ValidationProblem, ProblemHttpResult>> Create(
        AgentRequest body, IGrainFactory grains, ILogger<AgentRequest> logger)
    {
        var id = EntityIds.New("agt");
        var result = await grains.GetGrain<IAgentGrain>(id).Create(body.ToDraft());
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Created agent {AgentId} {EmployeeNumber}", id, result.Value!.Details.EmployeeNumber);
        return TypedResults.Created($"/api/v1/agents/{id}", AgentResponse.From(result.Value));
    }

    /// <summary>Everyone for managers, QA and finance; a team lead's list is themself then their team; an agent's list is themself.</summary>
    public static async Task<Ok<PageResponse<AgentResponse>>> List(
        PageRequest page, RosterQueries queries, HttpContext http, IGrainFactory grains, string? teamLeadId = null)
    {
        if (!RosterAccess.SeesAllAgents(http.User))
        {
            if (!http.User.Is(Domain.Tenancy.Role.TeamLead))
            {
                var self = http.User.AgentId() is { } me ? await grains.GetGrain<IAgentGrain>(me).Get() : null;
                return TypedResults.Ok(new PageResponse<AgentResponse>(self is null ? [] : [AgentResponse.From(self)], null));
            }
            teamLeadId = http.User.AgentId() ?? "(none)";
        }
        var found = await queries.Agents(page.Take, page.Cursor, teamLeadId);
        if (!RosterAccess.SeesAllAgents(http.User) && page.Cursor is null && await grains.GetGrain<IAgentGrain>(teamLeadId!).Get() is { } lead)
        {
            // A team lead's list starts with themself, then their team.
            return TypedResults.Ok(new PageResponse<AgentResponse>([AgentResponse.From(lead), .. found.Items.Select(AgentResponse.From)], found.NextCursor));
        }
        return TypedResults.Ok(new PageResponse<AgentResponse>([.. found.Items.Select(AgentResponse.From)], found.NextCursor));
    }

    public static async Task<Results<Ok<AgentResponse>, ProblemHttpResult>> Get(string agentId, IGrainFactory grains, HttpContext http, HttpResponse response)
    {
        var agent = EntityIds.IsWellFormed(agentId) ? await grains.GetGrain<IAgentGrain>(agentId).Get() : null;
        if (agent is null || !RosterAccess.CanSeeAgent(http.User, agent))
        {
            return GrainResultHttp.NotFound($"Agent '{agentId}' does not exist.");
        }
        ETags.Set(response, agent.Version);
        return TypedResults.Ok(AgentResponse.From(agent));
    }

    private static async Task<object?> Snapshot(HttpContext http) =>
        http.GetRouteValue("agentId") is string id && EntityIds.IsWellFormed(id) &&
        await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IAgentGrain>(id).Get() is { } agent
            ? AgentResponse.From(agent)
            : null;

    public static async Task<Results<Ok<AgentResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string agentId, AgentRequest body, IGrainFactory grains, HttpContext http, ILogger<AgentRequest> logger)
    {
        if (!EntityIds.IsWellFormed(agentId))
        {
            return GrainResultHttp.NotFound($"Agent '{agentId}' does not exist.");
        }
        var result = await grains.GetGrain<IAgentGrain>(agentId).Update(body.ToDraft(), ETags.ExpectedVersion(http.Request));
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Updated agent {AgentId} to version {Version}", agentId, result.Value!.Version);
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Ok(AgentResponse.From(result.Value));
    }
}

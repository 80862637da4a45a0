using BpoCloud.Domain.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Server.Common;
using BpoCloud.Storage.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Roster;

/// <summary>/agents: the firm's employees who serve brands.</summary>
public static class AgentsApi
{
    public static RouteGroupBuilder MapAgentsApi(this RouteGroupBuilder api)
    {
        var agents = api.MapGroup("/agents").WithTags("Agents");
        agents.MapPost("/", Create);
        agents.MapGet("/", List);
        agents.MapGet("/{agentId}", Get);
        agents.MapPut("/{agentId}", Update);
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

    public static async Task<Ok<PageResponse<AgentResponse>>> List(PageRequest page, RosterQueries queries, string? teamLeadId = null)
    {
        var found = await queries.Agents(page.Take, page.Cursor, teamLeadId);
        return TypedResults.Ok(new PageResponse<AgentResponse>([.. found.Items.Select(AgentResponse.From)], found.NextCursor));
    }

    public static async Task<Results<Ok<AgentResponse>, ProblemHttpResult>> Get(string agentId, IGrainFactory grains, HttpResponse response)
    {
        var agent = EntityIds.IsWellFormed(agentId) ? await grains.GetGrain<IAgentGrain>(agentId).Get() : null;
        if (agent is null)
        {
            return GrainResultHttp.NotFound($"Agent '{agentId}' does not exist.");
        }
        ETags.Set(response, agent.Version);
        return TypedResults.Ok(AgentResponse.From(agent));
    }

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

using BpoCloud.Domain.Common;
using BpoCloud.Grains.Scheduling;
using BpoCloud.Grains.Roster;
using BpoCloud.Server.Audit;
using BpoCloud.Server.Common;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Roster;
using BpoCloud.Storage.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Scheduling;

/// <summary>/shifts: who works for which brand and role, when; and the shift lifecycle.</summary>
public static class ShiftsApi
{
    public static RouteGroupBuilder MapShiftsApi(this RouteGroupBuilder api)
    {
        var shifts = api.MapGroup("/shifts").WithTags("Shifts").RequireAuthorization(Policies.ShiftsRead);
        shifts.MapPost("/", Create).RequireAuthorization(Policies.ShiftsManage);
        shifts.MapGet("/", List);
        shifts.MapGet("/{shiftId}", Get);
        shifts.MapPut("/{shiftId}", Update).RequireAuthorization(Policies.ShiftsManage).WithAuditSnapshot(Snapshot);
        shifts.MapPatch("/{shiftId}", Move).RequireAuthorization(Policies.ShiftsManage).WithAuditSnapshot(Snapshot);
        return api;
    }

    public static async Task<Results<Created<ShiftResponse>, ValidationProblem, ProblemHttpResult>> Create(
        ShiftRequest body, IGrainFactory grains, HttpContext http, ILogger<ShiftRequest> logger)
    {
        if (body.Status is { } status && status != Domain.Scheduling.ShiftStatus.Planned)
        {
            return StatusNotSettable();
        }
        if (!await MayManageAgent(http, grains, body.AgentId!))
        {
            return NotYourTeam();
        }
        var id = EntityIds.New("shf");
        var result = await grains.GetGrain<IShiftGrain>(id).Create(body.ToDraft());
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Created shift {ShiftId} for agent {AgentId} at {BrandId}", id, body.AgentId, body.BrandId);
        return TypedResults.Created($"/api/v1/shifts/{id}", await new BrandClock(grains).Show(result.Value!));
    }

    /// <summary>Managers and finance see every shift; a team lead their team's; an agent their own.</summary>
    public static async Task<Ok<PageResponse<ShiftResponse>>> List(ShiftListQuery query, RosterQueries queries, HttpContext http, IGrainFactory grains)
    {
        var filter = new ShiftFilter(query.AgentId, query.BrandId, query.FromInstant, query.ToInstant);
        if (!RosterAccess.SeesAllShifts(http.User))
        {
            var me = http.User.AgentId() ?? "(none)";
            var visible = http.User.Is(Domain.Tenancy.Role.TeamLead) ? [me, .. await queries.TeamOf(me)] : new List<string> { me };
            filter = filter with { AgentIds = query.AgentId is null ? visible : [.. visible.Where(a => a == query.AgentId)] };
        }
        var found = await queries.Shifts(filter, query.Page.Take, query.Page.Cursor);
        var clock = new BrandClock(grains);
        var items = new List<ShiftResponse>(found.Items.Count);
        foreach (var shift in found.Items)
        {
            items.Add(await clock.Show(shift));
        }
        return TypedResults.Ok(new PageResponse<ShiftResponse>(items, found.NextCursor));
    }

    public static async Task<Results<Ok<ShiftResponse>, ProblemHttpResult>> Get(string shiftId, IGrainFactory grains, HttpContext http, HttpResponse response)
    {
        var shift = EntityIds.IsWellFormed(shiftId) ? await grains.GetGrain<IShiftGrain>(shiftId).Get() : null;
        if (shift is null || !await MaySee(http, grains, shift))
        {
            return GrainResultHttp.NotFound($"Shift '{shiftId}' does not exist.");
        }
        ETags.Set(response, shift.Version);
        return TypedResults.Ok(await new BrandClock(grains).Show(shift));
    }

    public static async Task<Results<Ok<ShiftResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string shiftId, ShiftRequest body, IGrainFactory grains, HttpContext http, ILogger<ShiftRequest> logger)
    {
        var grain = grains.GetGrain<IShiftGrain>(shiftId);
        var current = EntityIds.IsWellFormed(shiftId) ? await grain.Get() : null;
        if (current is null || !await MaySee(http, grains, current))
        {
            return GrainResultHttp.NotFound($"Shift '{shiftId}' does not exist.");
        }
        if (!await MayManageAgent(http, grains, current.Details.AgentId) || !await MayManageAgent(http, grains, body.AgentId!))
        {
            return NotYourTeam();
        }
        if (body.Status is { } status && status != current.Status)
        {
            return StatusNotSettable();
        }
        var result = await grain.Update(body.ToDraft(), ETags.ExpectedVersion(http.Request));
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Updated shift {ShiftId} to version {Version}", shiftId, result.Value!.Version);
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Ok(await new BrandClock(grains).Show(result.Value));
    }

    public static async Task<Results<Ok<ShiftResponse>, ValidationProblem, ProblemHttpResult>> Move(
        string shiftId, ShiftStatusRequest body, IGrainFactory grains, HttpContext http, ILogger<ShiftRequest> logger)
    {
        var current = EntityIds.IsWellFormed(shiftId) ? await grains.GetGrain<IShiftGrain>(shiftId).Get() : null;
        if (current is null || !await MaySee(http, grains, current))
        {
            return GrainResultHttp.NotFound($"Shift '{shiftId}' does not exist.");
        }
        if (!await MayManageAgent(http, grains, current.Details.AgentId))
        {
            return NotYourTeam();
        }
        var result = await grains.GetGrain<IShiftGrain>(shiftId).Move(body.Status!.Value, ETags.ExpectedVersion(http.Request));
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Shift {ShiftId} moved to {Status}", shiftId, result.Value!.Status);
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Ok(await new BrandClock(grains).Show(result.Value));
    }

    private static async Task<bool> MaySee(HttpContext http, IGrainFactory grains, ShiftInfo shift) =>
        RosterAccess.SeesAllShifts(http.User) ||
        (await grains.GetGrain<IAgentGrain>(shift.Details.AgentId).Get() is { } agent && RosterAccess.IsSelfOrTeam(http.User, agent));

    /// <summary>Managers schedule anyone; a team lead only themself and their team.</summary>
    private static async Task<bool> MayManageAgent(HttpContext http, IGrainFactory grains, string agentId) =>
        RosterAccess.ManagesAllShifts(http.User) ||
        (await grains.GetGrain<IAgentGrain>(agentId).Get() is { } agent && RosterAccess.IsSelfOrTeam(http.User, agent));

    private static async Task<object?> Snapshot(HttpContext http) =>
        http.GetRouteValue("shiftId") is string id && EntityIds.IsWellFormed(id) &&
        await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IShiftGrain>(id).Get() is { } shift
            ? ShiftResponse.From(shift)
            : null;

    private static ProblemHttpResult NotYourTeam() =>
        TypedResults.Problem("Team leads schedule only themselves and their own team.", statusCode: 403, title: "Forbidden");

    private static ValidationProblem StatusNotSettable() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["status"] = ["is changed with PATCH /shifts/{shiftId} so each lifecycle move is checked."],
    });
}

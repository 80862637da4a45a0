using BpoCloud.Domain.Common;
using BpoCloud.Grains.Scheduling;
using BpoCloud.Server.Common;
using BpoCloud.Storage.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Scheduling;

/// <summary>/shifts: who works for which brand and role, when; and the shift lifecycle.</summary>
public static class ShiftsApi
{
    public static RouteGroupBuilder MapShiftsApi(this RouteGroupBuilder api)
    {
        var shifts = api.MapGroup("/shifts").WithTags("Shifts");
        shifts.MapPost("/", Create);
        shifts.MapGet("/", List);
        shifts.MapGet("/{shiftId}", Get);
        shifts.MapPut("/{shiftId}", Update);
        shifts.MapPatch("/{shiftId}", Move);
        return api;
    }

    public static async Task<Results<Created<ShiftResponse>, ValidationProblem, ProblemHttpResult>> Create(
        ShiftRequest body, IGrainFactory grains, ILogger<ShiftRequest> logger)
    {
        if (body.Status is { } status && status != Domain.Scheduling.ShiftStatus.Planned)
        {
            return StatusNotSettable();
        }
        var id = EntityIds.New("shf");
        var result = await grains.GetGrain<IShiftGrain>(id).Create(body.ToDraft());
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Created shift {ShiftId} for agent {AgentId} at {BrandId}", id, body.AgentId, body.BrandId);
        return TypedResults.Created($"/api/v1/shifts/{id}", ShiftResponse.From(result.Value!));
    }

    public static async Task<Ok<PageResponse<ShiftResponse>>> List(ShiftListQuery query, RosterQueries queries)
    {
        var filter = new ShiftFilter(query.AgentId, query.BrandId, query.FromInstant, query.ToInstant);
        var found = await queries.Shifts(filter, query.Page.Take, query.Page.Cursor);
        return TypedResults.Ok(new PageResponse<ShiftResponse>([.. found.Items.Select(ShiftResponse.From)], found.NextCursor));
    }

    public static async Task<Results<Ok<ShiftResponse>, ProblemHttpResult>> Get(string shiftId, IGrainFactory grains, HttpResponse response)
    {
        var shift = EntityIds.IsWellFormed(shiftId) ? await grains.GetGrain<IShiftGrain>(shiftId).Get() : null;
        if (shift is null)
        {
            return GrainResultHttp.NotFound($"Shift '{shiftId}' does not exist.");
        }
        ETags.Set(response, shift.Version);
        return TypedResults.Ok(ShiftResponse.From(shift));
    }

    public static async Task<Results<Ok<ShiftResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string shiftId, ShiftRequest body, IGrainFactory grains, HttpContext http, ILogger<ShiftRequest> logger)
    {
        var grain = grains.GetGrain<IShiftGrain>(shiftId);
        var current = EntityIds.IsWellFormed(shiftId) ? await grain.Get() : null;
        if (current is null)
        {
            return GrainResultHttp.NotFound($"Shift '{shiftId}' does not exist.");
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
        return TypedResults.Ok(ShiftResponse.From(result.Value));
    }

    public static async Task<Results<Ok<ShiftResponse>, ValidationProblem, ProblemHttpResult>> Move(
        string shiftId, ShiftStatusRequest body, IGrainFactory grains, HttpContext http, ILogger<ShiftRequest> logger)
    {
        if (!EntityIds.IsWellFormed(shiftId))
        {
            return GrainResultHttp.NotFound($"Shift '{shiftId}' does not exist.");
        }
        var result = await grains.GetGrain<IShiftGrain>(shiftId).Move(body.Status!.Value, ETags.ExpectedVersion(http.Request));
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Shift {ShiftId} moved to {Status}", shiftId, result.Value!.Status);
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Ok(ShiftResponse.From(result.Value));
    }

    private static ValidationProblem StatusNotSettable() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["status"] = ["is changed with PATCH /shifts/{shiftId} so each lifecycle move is checked."],
    });
}

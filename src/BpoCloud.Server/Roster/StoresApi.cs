using BpoCloud.Domain.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Server.Audit;
using BpoCloud.Server.Common;
using BpoCloud.Server.Identity;
using BpoCloud.Storage.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Roster;

/// <summary>/brands/{brandId}/stores: a brand's stores on the marketplaces.</summary>
public static class StoresApi
{
    public static RouteGroupBuilder MapStoresApi(this RouteGroupBuilder api)
    {
        var stores = api.MapGroup("/brands/{brandId}/stores").WithTags("Stores");
        stores.MapPost("/", Create).RequireAuthorization(Policies.RosterManage);
        stores.MapGet("/", List);
        stores.MapGet("/{storeId}", Get);
        stores.MapPut("/{storeId}", Update).RequireAuthorization(Policies.RosterManage).WithAuditSnapshot(Snapshot);
        return api;
    }

    public static async Task<Results<Created<StoreResponse>, ValidationProblem, ProblemHttpResult>> Create(
        string brandId, StoreRequest body, IGrainFactory grains, ILogger<StoreRequest> logger)
    {
        if (!EntityIds.IsWellFormed(brandId))
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var id = EntityIds.New("sto");
        var result = await grains.GetGrain<IStoreGrain>(StoreKey.For(brandId, id)).Create(body.ToDraft());
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Created store {StoreId} for {BrandId}", id, brandId);
        return TypedResults.Created($"/api/v1/brands/{brandId}/stores/{id}", StoreResponse.From(result.Value!));
    }

    public static async Task<Results<Ok<PageResponse<StoreResponse>>, ProblemHttpResult>> List(
        string brandId, PageRequest page, IGrainFactory grains, RosterQueries queries)
    {
        if (!EntityIds.IsWellFormed(brandId) || await grains.GetGrain<IBrandGrain>(brandId).Get() is null)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var found = await queries.Stores(brandId, page.Take, page.Cursor);
        return TypedResults.Ok(new PageResponse<StoreResponse>([.. found.Items.Select(StoreResponse.From)], found.NextCursor));
    }

    public static async Task<Results<Ok<StoreResponse>, ProblemHttpResult>> Get(
        string brandId, string storeId, IGrainFactory grains, HttpResponse response)
    {
        var store = EntityIds.IsWellFormed(brandId) && EntityIds.IsWellFormed(storeId)
            ? await grains.GetGrain<IStoreGrain>(StoreKey.For(brandId, storeId)).Get()
            : null;
        if (store is null)
        {
            return GrainResultHttp.NotFound($"Store '{storeId}' does not exist for brand '{brandId}'.");
        }
        ETags.Set(response, store.Version);
        return TypedResults.Ok(StoreResponse.From(store));
    }

    private static async Task<object?> Snapshot(HttpContext http) =>
        http.GetRouteValue("brandId") is string brandId && http.GetRouteValue("storeId") is string storeId &&
        EntityIds.IsWellFormed(brandId) && EntityIds.IsWellFormed(storeId) &&
        await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IStoreGrain>(StoreKey.For(brandId, storeId)).Get() is { } store
            ? StoreResponse.From(store)
            : null;

    public static async Task<Results<Ok<StoreResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string brandId, string storeId, StoreRequest body, IGrainFactory grains, HttpContext http, ILogger<StoreRequest> logger)
    {
        if (!EntityIds.IsWellFormed(brandId) || !EntityIds.IsWellFormed(storeId))
        {
            return GrainResultHttp.NotFound($"Store '{storeId}' does not exist for brand '{brandId}'.");
        }
        var result = await grains.GetGrain<IStoreGrain>(StoreKey.For(brandId, storeId)).Update(body.ToDraft(), ETags.ExpectedVersion(http.Request));
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Updated store {StoreId} of {BrandId} to version {Version}", storeId, brandId, result.Value!.Version);
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Ok(StoreResponse.From(result.Value));
    }
}

using BpoCloud.Domain.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Server.Audit;
using BpoCloud.Server.Common;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Tenancy;
using Microsoft.Extensions.Options;
using BpoCloud.Storage.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Roster;

/// <summary>/brands: the client brands (tenants) the firm serves.</summary>
public static class BrandsApi
{
    public static RouteGroupBuilder MapBrandsApi(this RouteGroupBuilder api)
    {
        var brands = api.MapGroup("/brands").WithTags("Brands");
        brands.MapPost("/", Create).RequireAuthorization(Policies.RosterManage);
        brands.MapGet("/", List);
        brands.MapGet("/{brandId}", Get);
        brands.MapPut("/{brandId}", Update).RequireAuthorization(Policies.RosterManage).WithAuditSnapshot(Snapshot);
        return api;
    }

    public static async Task<Results<Created<BrandResponse>, ValidationProblem, ProblemHttpResult>> Create(
        BrandRequest body, IGrainFactory grains, IOptions<TenantOptions> defaults, ILogger<BrandRequest> logger)
    {
        var id = EntityIds.New("brd");
        var result = await grains.GetGrain<IBrandGrain>(id).Create(body.ToDraft(defaults.Value));
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Created brand {BrandId} {BrandName}", id, result.Value!.Details.Name);
        return TypedResults.Created($"/api/v1/brands/{id}", BrandResponse.From(result.Value));
    }

    /// <summary>Firm staff list every brand; a brand user's list holds only their own brand.</summary>
    public static async Task<Ok<PageResponse<BrandResponse>>> List(PageRequest page, RosterQueries queries, HttpContext http)
    {
        var own = http.User.BrandId();
        var found = await queries.Brands(page.Take, page.Cursor, own is null ? null : [own]);
        return TypedResults.Ok(new PageResponse<BrandResponse>([.. found.Items.Select(BrandResponse.From)], found.NextCursor));
    }

    public static async Task<Results<Ok<BrandResponse>, ProblemHttpResult>> Get(string brandId, IGrainFactory grains, HttpResponse response)
    {
        var brand = EntityIds.IsWellFormed(brandId) ? await grains.GetGrain<IBrandGrain>(brandId).Get() : null;
        if (brand is null)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        ETags.Set(response, brand.Version);
        return TypedResults.Ok(BrandResponse.From(brand));
    }

    private static async Task<object?> Snapshot(HttpContext http) =>
        http.GetRouteValue("brandId") is string id && EntityIds.IsWellFormed(id) &&
        await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IBrandGrain>(id).Get() is { } brand
            ? BrandResponse.From(brand)
            : null;

    public static async Task<Results<Ok<BrandResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string brandId, BrandRequest body, IGrainFactory grains, IOptions<TenantOptions> defaults, HttpContext http, ILogger<BrandRequest> logger)
    {
        if (!EntityIds.IsWellFormed(brandId))
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var result = await grains.GetGrain<IBrandGrain>(brandId).Update(body.ToDraft(defaults.Value), ETags.ExpectedVersion(http.Request));
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Updated brand {BrandId} to version {Version}", brandId, result.Value!.Version);
        ETags.Set(http.Response, result.Value.Version);
        return TypedResults.Ok(BrandResponse.From(result.Value));
    }
}

using System.Buffers.Text;
using System.Security.Cryptography;
using BpoCloud.Domain.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Storage.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Identity;

/// <summary>/brands/{brandId}/api-keys: keys a brand's systems use to send events. Shown once, stored hashed, revocable.</summary>
public static class ApiKeysApi
{
    public static RouteGroupBuilder MapApiKeysApi(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/brands/{brandId}/api-keys").WithTags("API keys").RequireAuthorization(Policies.ApiKeysManage);
        keys.MapPost("/", Create);
        keys.MapGet("/", List);
        keys.MapDelete("/{keyId}", Revoke);
        return api;
    }

    public static async Task<Results<Created<ApiKeyCreated>, ValidationProblem, ProblemHttpResult>> Create(
        string brandId, ApiKeyRequest body, HttpContext http, IGrainFactory grains, SqlApiKeyStore keys, TimeProvider clock, ILogger<ApiKeyRequest> logger)
    {
        if (!EntityIds.IsWellFormed(brandId) || await grains.GetGrain<IBrandGrain>(brandId).Get() is null)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var secret = "bpo_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var record = new ApiKeyRecord(EntityIds.New("key"), brandId, body.Name?.Trim() is { Length: > 0 } n ? n : "API key", secret[..12],
            ApiKeyAuthenticationHandler.Hash(secret), http.User.UserId(), clock.GetUtcNow(), null);
        await keys.Create(record);
        logger.LogInformation("Created API key {KeyId} ({Prefix}) for {TenantId}", record.Id, record.Prefix, brandId);
        return TypedResults.Created($"/api/v1/brands/{brandId}/api-keys/{record.Id}",
            new ApiKeyCreated(record.Id, secret, brandId, record.Name, record.Prefix, record.CreatedAt));
    }

    public static async Task<Results<Ok<PageResponse<ApiKeyResponse>>, ProblemHttpResult>> List(string brandId, IGrainFactory grains, SqlApiKeyStore keys)
    {
        if (!EntityIds.IsWellFormed(brandId) || await grains.GetGrain<IBrandGrain>(brandId).Get() is null)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var all = await keys.ForBrand(brandId);
        return TypedResults.Ok(new PageResponse<ApiKeyResponse>([.. all.Select(ApiKeyResponse.From)], null));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        string brandId, string keyId, SqlApiKeyStore keys, TimeProvider clock, ILogger<ApiKeyRequest> logger)
    {
        if (!EntityIds.IsWellFormed(brandId) || !EntityIds.IsWellFormed(keyId) || !await keys.Revoke(brandId, keyId, clock.GetUtcNow()))
        {
            return GrainResultHttp.NotFound($"API key '{keyId}' does not exist for brand '{brandId}'.");
        }
        logger.LogInformation("Revoked API key {KeyId} of {TenantId}", keyId, brandId);
        return TypedResults.NoContent();
    }
}

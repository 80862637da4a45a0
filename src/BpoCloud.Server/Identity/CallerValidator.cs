using System.Security.Claims;
using BpoCloud.Domain.Roster;
using BpoCloud.Grains.Roster;
using BpoCloud.Storage.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace BpoCloud.Server.Identity;

/// <summary>
/// Re-checks a signed-in person on each request against the stored account, so disabling a user, changing
/// their role or offboarding their brand takes effect within seconds rather than when the token expires.
/// Answers are cached briefly to keep the database off the hot path.
/// </summary>
public sealed class CallerValidator(SqlUserStore users, IGrainFactory grains, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    public async Task<string?> Problem(ClaimsPrincipal caller)
    {
        var userId = caller.UserId();
        var cached = await cache.GetOrCreateAsync($"user:{userId}", e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            return users.FindById(userId);
        });
        if (Check(caller, cached) is null)
        {
            return await BrandProblem(cached!);
        }
        // The cached copy may predate a change the caller's fresh token already reflects: look again before refusing.
        var fresh = await users.FindById(userId);
        cache.Set($"user:{userId}", fresh, CacheFor);
        return Check(caller, fresh) ?? await BrandProblem(fresh!);
    }

    private static string? Check(ClaimsPrincipal caller, UserRecord? user)
    {
        if (user is null || user.Disabled)
        {
            return "The account is disabled or no longer exists.";
        }
        if (Policies.RoleName(user.Role) != caller.FindFirstValue(CallerClaims.Role) || user.BrandId != caller.BrandId())
        {
            return "The account's role changed; sign in again.";
        }
        return null;
    }

    private async Task<string?> BrandProblem(UserRecord user) =>
        user.BrandId is { } brandId && await BrandStatus(brandId) == Domain.Roster.BrandStatus.Offboarded
            ? "The brand has been offboarded."
            : null;

    public async Task<BrandStatus?> BrandStatus(string brandId) =>
        (await grains.GetGrain<IBrandGrain>(brandId).Get())?.Details.Status;
}

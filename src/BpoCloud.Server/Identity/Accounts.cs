using BpoCloud.Domain.Common;
using BpoCloud.Domain.Identity;
using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Tenancy;
using BpoCloud.Grains.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Storage.Identity;
using Microsoft.AspNetCore.Identity;

namespace BpoCloud.Server.Identity;

/// <summary>Creating people, checking their passwords, changing their role or access. Passwords are kept only as ASP.NET Core Identity hashes.</summary>
public sealed class Accounts(SqlUserStore users, IGrainFactory grains, TimeProvider clock)
{
    private readonly PasswordHasher<UserRecord> _hasher = new();

    public async Task<GrainResult<UserRecord>> Create(string email, string password, string displayName, Role role, string? brandId, string? agentId)
    {
        if (brandId is not null && await grains.GetGrain<IBrandGrain>(brandId).Get() is null)
        {
            return GrainResult<UserRecord>.Invalid("brandId", $"Brand '{brandId}' does not exist.");
        }
        if (agentId is not null && await grains.GetGrain<IAgentGrain>(agentId).Get() is null)
        {
            return GrainResult<UserRecord>.Invalid("agentId", $"Agent '{agentId}' does not exist.");
        }
        var now = clock.GetUtcNow();
        var user = new UserRecord(EntityIds.New("usr"), AccountRules.NormalizeEmail(email), displayName.Trim(), role, brandId, agentId, "", false, 1, now, now);
        user = user with { PasswordHash = _hasher.HashPassword(user, password) };
        return await users.TryCreate(user)
            ? GrainResult<UserRecord>.Ok(user)
            : GrainResult<UserRecord>.Conflict($"A user with email '{user.Email}' already exists.");
    }

    /// <summary>The user when the password is right and they may sign in; null otherwise (the caller answers a plain 401).</summary>
    public async Task<UserRecord?> SignIn(string email, string password)
    {
        var user = await users.FindByEmail(AccountRules.NormalizeEmail(email));
        if (user is null)
        {
            // Hash anyway so a wrong email takes as long as a wrong password.
            _hasher.HashPassword(new UserRecord("", "", "", Role.Agent, null, null, "", false, 0, default, default), password);
            return null;
        }
        var verdict = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed || user.Disabled)
        {
            return null;
        }
        if (user.BrandId is { } brandId && (await grains.GetGrain<IBrandGrain>(brandId).Get())?.Details.Status == BrandStatus.Offboarded)
        {
            return null;
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var rehashed = user with { PasswordHash = _hasher.HashPassword(user, password), Version = user.Version + 1 };
            if (await users.TryUpdate(rehashed, user.Version))
            {
                user = rehashed;
            }
        }
        return user;
    }

    public async Task<GrainResult<UserRecord>> Change(string userId, Func<UserRecord, UserRecord> change)
    {
        var current = await users.FindById(userId);
        if (current is null)
        {
            return GrainResult<UserRecord>.NotFound($"User '{userId}' does not exist.");
        }
        var changed = change(current) with { Version = current.Version + 1, UpdatedAt = clock.GetUtcNow() };
        return await users.TryUpdate(changed, current.Version)
            ? GrainResult<UserRecord>.Ok(changed)
            : GrainResult<UserRecord>.Stale("The user was changed by someone else; read it again.");
    }

    public UserRecord WithPassword(UserRecord user, string password) => user with { PasswordHash = _hasher.HashPassword(user, password) };
}

using BpoCloud.Domain.Common;
using BpoCloud.Domain.Identity;
using BpoCloud.Domain.Tenancy;
using BpoCloud.Server.Audit;
using BpoCloud.Storage.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Identity;

/// <summary>
/// /users: the firm admin manages everyone; a brand admin manages the users of their own brand only
/// (brand roles, their brand). Anyone signed in can read themself and change their own password.
/// </summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/users/me").WithTags("Users");
        me.MapGet("/", Me);
        me.MapPost("/password", ChangeOwnPassword);

        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.UsersManage);
        users.MapPost("/", Create);
        users.MapGet("/", List);
        users.MapGet("/{userId}", Get);
        users.MapPatch("/{userId}", Change).WithAuditSnapshot(Snapshot);
        users.MapPost("/{userId}/password", ResetPassword).WithAuditSnapshot(Snapshot);
        return api;
    }

    public static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> Create(
        UserRequest body, HttpContext http, Accounts accounts, ILogger<UserRequest> logger)
    {
        if (http.User.Is(Role.BrandAdmin) && (!Roles.IsBrandRole(body.Role!.Value) || body.BrandId != http.User.BrandId()))
        {
            return Forbidden("Brand admins create brandAdmin or brandViewer users of their own brand only.");
        }
        var result = await accounts.Create(body.Email!, body.Password!, body.DisplayName!, body.Role!.Value, body.BrandId, body.AgentId);
        if (!result.IsOk)
        {
            return GrainResultHttp.Problem(result);
        }
        logger.LogInformation("Created user {UserId} ({Role}) of {TenantId}", result.Value!.Id, result.Value.Role, result.Value.BrandId);
        return TypedResults.Created($"/api/v1/users/{result.Value.Id}", UserResponse.From(result.Value));
    }

    public static async Task<Results<Ok<PageResponse<UserResponse>>, ProblemHttpResult>> List(
        PageRequest page, HttpContext http, SqlUserStore users, string? brandId = null)
    {
        if (http.User.Is(Role.BrandAdmin))
        {
            if (brandId is not null && brandId != http.User.BrandId())
            {
                return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
            }
            brandId = http.User.BrandId();
        }
        var found = await users.List(brandId, page.Take, page.Cursor);
        return TypedResults.Ok(new PageResponse<UserResponse>([.. found.Items.Select(UserResponse.From)], found.NextCursor));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Get(string userId, HttpContext http, SqlUserStore users)
    {
        var user = await Visible(userId, http, users);
        return user is null ? GrainResultHttp.NotFound($"User '{userId}' does not exist.") : TypedResults.Ok(UserResponse.From(user));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Me(HttpContext http, SqlUserStore users)
    {
        var user = await users.FindById(http.User.UserId());
        return user is null ? GrainResultHttp.NotFound("Your account no longer exists.") : TypedResults.Ok(UserResponse.From(user));
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> Change(
        string userId, UserChangeRequest body, HttpContext http, SqlUserStore users, Accounts accounts)
    {
        var user = await Visible(userId, http, users);
        if (user is null)
        {
            return GrainResultHttp.NotFound($"User '{userId}' does not exist.");
        }
        if (userId == http.User.UserId() && (body.Role is not null || body.Disabled == true))
        {
            return TypedResults.Problem("You cannot change your own role or disable yourself.", statusCode: 409, title: "Conflict");
        }
        var role = body.Role ?? user.Role;
        var brandId = body.BrandId ?? (Roles.IsBrandRole(role) ? user.BrandId : null);
        var errors = new ValidationErrors();
        AccountRules.ValidateRoleAndBrand(errors, role, brandId);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (http.User.Is(Role.BrandAdmin) && (!Roles.IsBrandRole(role) || brandId != http.User.BrandId()))
        {
            return Forbidden("Brand admins keep their users in brand roles of their own brand.");
        }
        var result = await accounts.Change(userId, u => u with
        {
            DisplayName = body.DisplayName?.Trim() ?? u.DisplayName,
            Role = role,
            BrandId = brandId,
            AgentId = Roles.IsBrandRole(role) ? null : body.AgentId ?? u.AgentId,
            Disabled = body.Disabled ?? u.Disabled,
        });
        return result.IsOk ? TypedResults.Ok(UserResponse.From(result.Value!)) : GrainResultHttp.Problem(result);
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> ResetPassword(
        string userId, PasswordRequest body, HttpContext http, SqlUserStore users, Accounts accounts)
    {
        if (await Visible(userId, http, users) is null)
        {
            return GrainResultHttp.NotFound($"User '{userId}' does not exist.");
        }
        var result = await accounts.Change(userId, u => accounts.WithPassword(u, body.Password!));
        return result.IsOk ? TypedResults.Ok(UserResponse.From(result.Value!)) : GrainResultHttp.Problem(result);
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> ChangeOwnPassword(
        PasswordRequest body, HttpContext http, SqlUserStore users, Accounts accounts)
    {
        var me = await users.FindById(http.User.UserId());
        if (me is null || body.CurrentPassword is null || await accounts.SignIn(me.Email, body.CurrentPassword) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["currentPassword"] = ["is wrong."] });
        }
        var result = await accounts.Change(me.Id, u => accounts.WithPassword(u, body.Password!));
        return result.IsOk ? TypedResults.Ok(UserResponse.From(result.Value!)) : GrainResultHttp.Problem(result);
    }

    /// <summary>The user if the caller may manage them: anyone for the firm admin, own-brand users for a brand admin.</summary>
    private static async Task<UserRecord?> Visible(string userId, HttpContext http, SqlUserStore users)
    {
        var user = EntityIds.IsWellFormed(userId) ? await users.FindById(userId) : null;
        return user is not null && (!http.User.Is(Role.BrandAdmin) || user.BrandId == http.User.BrandId()) ? user : null;
    }

    private static async Task<object?> Snapshot(HttpContext http)
    {
        var user = await Visible(http.GetRouteValue("userId") as string ?? "", http, http.RequestServices.GetRequiredService<SqlUserStore>());
        return user is null ? null : UserResponse.From(user);
    }

    private static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail, statusCode: 403, title: "Forbidden");
}

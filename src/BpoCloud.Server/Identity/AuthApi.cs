using System.Security.Claims;
using BpoCloud.Server.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Identity;

/// <summary>/auth: bearer tokens for API clients, cookie sign-in and sign-out for the web UI. Sign-in attempts are rate limited.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/token", Token).AllowAnonymous().RequireRateLimiting(IdentityExtensions.SignInRateLimit).WithMetadata(new SkipAuditAttribute());
        auth.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(IdentityExtensions.SignInRateLimit).WithMetadata(new SkipAuditAttribute());
        auth.MapPost("/logout", Logout).WithMetadata(new SkipAuditAttribute());
        return api;
    }

    public static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> Token(
        TokenRequest body, Accounts accounts, TokenService tokens, ILogger<TokenRequest> logger)
    {
        var user = await accounts.SignIn(body.Email!, body.Password!);
        if (user is null)
        {
            logger.LogWarning("Failed sign-in for {Email}", body.Email);
            return Unauthorized();
        }
        var (token, expiresAt) = tokens.Issue(user);
        logger.LogInformation("Issued a token to {UserId} ({Role}) of {TenantId}", user.Id, user.Role, user.BrandId);
        return TypedResults.Ok(new TokenResponse(token, expiresAt));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Login(
        TokenRequest body, Accounts accounts, HttpContext http, ILogger<TokenRequest> logger)
    {
        var user = await accounts.SignIn(body.Email!, body.Password!);
        if (user is null)
        {
            logger.LogWarning("Failed cookie sign-in for {Email}", body.Email);
            return Unauthorized();
        }
        var identity = new ClaimsIdentity(TokenService.ClaimsFor(user), CookieAuthenticationDefaults.AuthenticationScheme, CallerClaims.Name, CallerClaims.Role);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Logout(HttpContext http, ILogger<TokenRequest> logger)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        logger.LogInformation("Signed out {UserId}", http.User.UserId());
        return TypedResults.NoContent();
    }

    // One answer for every failure, so a guesser learns nothing about which emails exist.
    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem("The email or password is wrong, or the account cannot sign in.", statusCode: 401, title: "Unauthorized");
}

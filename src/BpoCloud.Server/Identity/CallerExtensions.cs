using System.Security.Claims;
using BpoCloud.Domain.Tenancy;

namespace BpoCloud.Server.Identity;

/// <summary>Reads who is calling from the principal the authentication schemes built.</summary>
public static class CallerExtensions
{
    public static string UserId(this ClaimsPrincipal caller) => caller.FindFirstValue(CallerClaims.Subject) ?? "";

    public static string DisplayName(this ClaimsPrincipal caller) => caller.FindFirstValue(CallerClaims.Name) ?? caller.UserId();

    public static bool IsApiKey(this ClaimsPrincipal caller) => caller.FindFirstValue(CallerClaims.Kind) == CallerClaims.KindApiKey;

    public static Role? Role(this ClaimsPrincipal caller) =>
        Enum.TryParse<Role>(caller.FindFirstValue(CallerClaims.Role), ignoreCase: true, out var role) && !caller.IsApiKey() ? role : null;

    /// <summary>The brand a brand user or API key belongs to; null for firm staff.</summary>
    public static string? BrandId(this ClaimsPrincipal caller) => caller.FindFirstValue(CallerClaims.Brand);

    /// <summary>The agent profile a firm agent or team lead is, if linked.</summary>
    public static string? AgentId(this ClaimsPrincipal caller) => caller.FindFirstValue(CallerClaims.Agent);

    public static bool IsBrandBound(this ClaimsPrincipal caller) => caller.BrandId() is not null;

    public static bool IsFirmStaff(this ClaimsPrincipal caller) =>
        caller.Identity?.IsAuthenticated == true && !caller.IsApiKey() && caller.Role() is { } role && Roles.IsFirmRole(role);

    public static bool Is(this ClaimsPrincipal caller, params Role[] roles) => caller.Role() is { } role && roles.Contains(role);
}

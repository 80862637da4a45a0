using BpoCloud.Domain.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace BpoCloud.Server.Identity;

/// <summary>
/// The authorization policies, one per kind of right in the role table (docs/security.md). Route groups
/// carry them; which brand a caller may touch is the tenancy module's job, on top of these.
/// </summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string RosterManage = nameof(RosterManage);
    public const string AgentsRead = nameof(AgentsRead);
    public const string AgentsManage = nameof(AgentsManage);
    public const string ShiftsRead = nameof(ShiftsRead);
    public const string ShiftsManage = nameof(ShiftsManage);
    public const string UsersManage = nameof(UsersManage);
    public const string ApiKeysManage = nameof(ApiKeysManage);
    public const string AuditRead = nameof(AuditRead);
    public const string Ingest = nameof(Ingest);
    public const string KpiRead = nameof(KpiRead);
    public const string FirmKpiRead = nameof(FirmKpiRead);
    public const string SlaManage = nameof(SlaManage);
    public const string AlertsManage = nameof(AlertsManage);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireClaim(CallerClaims.Kind, CallerClaims.KindUser));
        AddRoles(options, RosterManage, Role.OpsAdmin, Role.OpsManager);
        AddRoles(options, AgentsRead, Role.OpsAdmin, Role.OpsManager, Role.TeamLead, Role.QaInspector, Role.Finance, Role.Agent);
        AddRoles(options, AgentsManage, Role.OpsAdmin, Role.OpsManager);
        AddRoles(options, ShiftsRead, Role.OpsAdmin, Role.OpsManager, Role.TeamLead, Role.Finance, Role.Agent);
        AddRoles(options, ShiftsManage, Role.OpsAdmin, Role.OpsManager, Role.TeamLead);
        AddRoles(options, UsersManage, Role.OpsAdmin, Role.BrandAdmin);
        AddRoles(options, ApiKeysManage, Role.OpsAdmin, Role.BrandAdmin);
        AddRoles(options, AuditRead, Role.OpsAdmin, Role.BrandAdmin);
        AddRoles(options, KpiRead, Role.OpsAdmin, Role.OpsManager, Role.TeamLead, Role.QaInspector, Role.Finance, Role.BrandAdmin, Role.BrandViewer);
        AddRoles(options, FirmKpiRead, Role.OpsAdmin, Role.OpsManager, Role.TeamLead, Role.QaInspector, Role.Finance);
        AddRoles(options, SlaManage, Role.OpsAdmin, Role.OpsManager);
        AddRoles(options, AlertsManage, Role.OpsAdmin, Role.OpsManager, Role.BrandAdmin);
        // Events come from the brand's machines (an API key) or from the firm's operations staff.
        options.AddPolicy(Ingest, p => p.RequireAssertion(c =>
            c.User.HasClaim(CallerClaims.Kind, CallerClaims.KindApiKey) ||
            (c.User.HasClaim(CallerClaims.Kind, CallerClaims.KindUser) && c.User.Is(Role.OpsAdmin, Role.OpsManager))));
        // Everything not marked otherwise needs a signed-in person; health, sign-in and OpenAPI opt out explicitly.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }

    private static void AddRoles(AuthorizationOptions options, string name, params Role[] roles) =>
        options.AddPolicy(name, p => p
            .RequireClaim(CallerClaims.Kind, CallerClaims.KindUser)
            .RequireClaim(CallerClaims.Role, roles.Select(RoleName)));

    /// <summary>Role names as the API spells them (camelCase).</summary>
    public static string RoleName(Role role) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(role.ToString());
}

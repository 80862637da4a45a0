namespace BpoCloud.Server.Tests.Tenancy;

/// <summary>
/// Who may call what: the role table of docs/security.md written out per route. This is the test's own
/// statement of the rules, independent of the policies in the server. Every route the server maps must
/// appear here, so a new endpoint cannot ship without someone deciding who may call it.
/// </summary>
public static class AccessMatrix
{
    private static readonly string[] Everyone = ["opsAdmin", "opsManager", "teamLead", "qaInspector", "agent", "finance", "brandAdmin", "brandViewer"];
    private static readonly string[] Ops = ["opsAdmin", "opsManager"];
    private static readonly string[] UserAdmins = ["opsAdmin", "brandAdmin"];
    private static readonly string[] AgentReaders = ["opsAdmin", "opsManager", "teamLead", "qaInspector", "finance", "agent"];
    private static readonly string[] ShiftReaders = ["opsAdmin", "opsManager", "teamLead", "finance", "agent"];
    private static readonly string[] ShiftManagers = ["opsAdmin", "opsManager", "teamLead"];
    private static readonly string[] KpiReaders = ["opsAdmin", "opsManager", "teamLead", "qaInspector", "finance", "brandAdmin", "brandViewer"];
    private static readonly string[] FirmKpiReaders = ["opsAdmin", "opsManager", "teamLead", "qaInspector", "finance"];
    private static readonly string[] Ingesters = ["opsAdmin", "opsManager", "apiKey"];
    private static readonly string[] AlertManagers = ["opsAdmin", "opsManager", "brandAdmin"];

    /// <summary>Routes anyone may call without signing in.</summary>
    public static readonly HashSet<string> Anonymous =
    [
        "GET /health/live",
        "GET /health/ready",
        "GET /openapi/{documentName}.json",
        "GET /scalar/{documentName?}",
        "GET /scalar/scalar.js",
        "GET /scalar/scalar.aspnetcore.js",
        "GET /scalar/favicon.svg",
        "POST /api/v1/auth/token",
        "POST /api/v1/auth/login",
    ];

    /// <summary>Route → the roles allowed to call it (brand roles: for their own brand only).</summary>
    public static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["POST /api/v1/auth/logout"] = Everyone,
        ["GET /api/v1/users/me/"] = Everyone,
        ["POST /api/v1/users/me/password"] = Everyone,
        ["POST /api/v1/users/"] = UserAdmins,
        ["GET /api/v1/users/"] = UserAdmins,
        ["GET /api/v1/users/{userId}"] = UserAdmins,
        ["PATCH /api/v1/users/{userId}"] = UserAdmins,
        ["POST /api/v1/users/{userId}/password"] = UserAdmins,
        ["POST /api/v1/brands/{brandId}/api-keys/"] = UserAdmins,
        ["GET /api/v1/brands/{brandId}/api-keys/"] = UserAdmins,
        ["DELETE /api/v1/brands/{brandId}/api-keys/{keyId}"] = UserAdmins,
        ["GET /api/v1/audit"] = UserAdmins,
        ["POST /api/v1/brands/"] = Ops,
        ["GET /api/v1/brands/"] = Everyone,
        ["GET /api/v1/brands/{brandId}"] = Everyone,
        ["PUT /api/v1/brands/{brandId}"] = Ops,
        ["POST /api/v1/brands/{brandId}/stores/"] = Ops,
        ["GET /api/v1/brands/{brandId}/stores/"] = Everyone,
        ["GET /api/v1/brands/{brandId}/stores/{storeId}"] = Everyone,
        ["PUT /api/v1/brands/{brandId}/stores/{storeId}"] = Ops,
        ["POST /api/v1/agents/"] = Ops,
        ["GET /api/v1/agents/"] = AgentReaders,
        ["GET /api/v1/agents/{agentId}"] = AgentReaders,
        ["PUT /api/v1/agents/{agentId}"] = Ops,
        ["POST /api/v1/shifts/"] = ShiftManagers,
        ["GET /api/v1/shifts/"] = ShiftReaders,
        ["GET /api/v1/shifts/{shiftId}"] = ShiftReaders,
        ["PUT /api/v1/shifts/{shiftId}"] = ShiftManagers,
        ["PATCH /api/v1/shifts/{shiftId}"] = ShiftManagers,
        ["POST /api/v1/brands/{brandId}/events"] = Ingesters,
        ["GET /api/v1/brands/{brandId}/kpis"] = KpiReaders,
        ["GET /api/v1/kpis/brands"] = FirmKpiReaders,
        ["PUT /api/v1/brands/{brandId}/sla/"] = Ops,
        ["GET /api/v1/brands/{brandId}/sla/"] = KpiReaders,
        ["GET /api/v1/brands/{brandId}/sla/attainment"] = KpiReaders,
        ["GET /api/v1/brands/{brandId}/conversations/"] = KpiReaders,
        ["GET /api/v1/brands/{brandId}/conversations/{conversationId}"] = KpiReaders,
        ["POST /api/v1/brands/{brandId}/alert-rules/"] = AlertManagers,
        ["GET /api/v1/brands/{brandId}/alert-rules/"] = KpiReaders,
        ["GET /api/v1/brands/{brandId}/alert-rules/{ruleId}"] = KpiReaders,
        ["PUT /api/v1/brands/{brandId}/alert-rules/{ruleId}"] = AlertManagers,
        ["DELETE /api/v1/brands/{brandId}/alert-rules/{ruleId}"] = AlertManagers,
        ["GET /api/v1/brands/{brandId}/alerts"] = KpiReaders,
    };
}

using BpoCloud.Server.Tests.Infrastructure;

namespace BpoCloud.Server.Tests.Tenancy;

/// <summary>
/// Two brands with their own stores, users, keys and a shift, plus one signed-in client per role:
/// the world the tenant-isolation tests probe. Brand A's people must never see brand B.
/// </summary>
public sealed class IsolationWorld
{
    public const string Password = "Isolation-Test-Pass-7";

    public required string BrandA { get; init; }
    public required string BrandB { get; init; }
    public required string BrandBName { get; init; }
    public required string StoreB { get; init; }
    public required string StoreBName { get; init; }
    public required string AgentId { get; init; }
    public required string TeamLeadAgentId { get; init; }
    public required string ShiftB { get; init; }
    public required string UserB { get; init; }
    public required string UserBEmail { get; init; }
    public required string KeyB { get; init; }
    public required string ApiKeyA { get; init; }
    public required Dictionary<string, HttpClient> Callers { get; init; }

    /// <summary>Strings only brand B's own data contains; none may appear in an answer to brand A's caller.</summary>
    public IEnumerable<string> BrandBSecrets => [BrandBName, StoreBName, UserBEmail];

    public static async Task<IsolationWorld> Build(BpoCloudServer server)
    {
        var admin = server.Admin;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var brandA = await admin.Create("/api/v1/brands", Make.Brand($"Alpha Goods {tag}"));
        var brandBName = $"Bravo Secret Brand {tag}";
        var brandB = await admin.Create("/api/v1/brands", Make.Brand(brandBName));
        var storeBName = $"Bravo Hidden Store {tag}";
        var storeB = await admin.Create($"/api/v1/brands/{brandB}/stores", Make.Store(storeBName));
        await admin.Create($"/api/v1/brands/{brandA}/stores", Make.Store($"Alpha Store {tag}"));
        var lead = await admin.Create("/api/v1/agents", Make.Agent([brandA, brandB], name: "Team Lead Zhao"));
        var agent = await admin.Create("/api/v1/agents", new
        {
            name = "Agent Qian",
            employeeNumber = $"Q-{tag}",
            contractType = "partTime",
            hourlyCost = 30,
            skills = new[] { new { role = "preSale", level = 3 } },
            certifications = new[] { brandA, brandB },
            teamLeadId = lead,
        });
        var shiftB = await admin.Create("/api/v1/shifts", Make.Shift(agent, brandB, Make.Monday9.AddDays(70)));

        var callers = new Dictionary<string, HttpClient> { ["opsAdmin"] = admin };
        async Task AddUser(string role, string? brandId = null, string? agentId = null)
        {
            var email = $"{role.ToLowerInvariant()}.{tag}@test.bpocloud.local";
            await admin.Create("/api/v1/users", new { email, password = Password, displayName = $"{role} {tag}", role, brandId, agentId });
            callers[role] = server.SignIn(email, Password);
        }
        await AddUser("opsManager");
        await AddUser("teamLead", agentId: lead);
        await AddUser("qaInspector");
        await AddUser("agent", agentId: agent);
        await AddUser("finance");
        await AddUser("brandAdmin", brandA);
        await AddUser("brandViewer", brandA);

        var userBEmail = $"bravo.viewer.{tag}@bravo.example";
        var userB = await admin.Create("/api/v1/users", new { email = userBEmail, password = Password, displayName = "Bravo viewer", role = "brandViewer", brandId = brandB });
        var keyB = await admin.Create($"/api/v1/brands/{brandB}/api-keys", new { name = "bravo ingestion" });
        var (_, keyA, _) = await admin.Post($"/api/v1/brands/{brandA}/api-keys", new { name = "alpha ingestion" });
        var apiKeyClient = server.CreateClient();
        apiKeyClient.DefaultRequestHeaders.Add("X-Api-Key", keyA!["key"]!.GetValue<string>());
        callers["apiKey"] = apiKeyClient;
        callers["anonymous"] = server.CreateClient();

        return new IsolationWorld
        {
            BrandA = brandA, BrandB = brandB, BrandBName = brandBName, StoreB = storeB, StoreBName = storeBName,
            AgentId = agent, TeamLeadAgentId = lead, ShiftB = shiftB, UserB = userB, UserBEmail = userBEmail, KeyB = keyB,
            ApiKeyA = keyA["key"]!.GetValue<string>(), Callers = callers,
        };
    }

    /// <summary>Fills a route pattern with brand B's ids.</summary>
    public string UrlFor(string pattern) => pattern
        .Replace("{brandId}", BrandB, StringComparison.Ordinal)
        .Replace("{storeId}", StoreB, StringComparison.Ordinal)
        .Replace("{agentId}", AgentId, StringComparison.Ordinal)
        .Replace("{shiftId}", ShiftB, StringComparison.Ordinal)
        .Replace("{userId}", UserB, StringComparison.Ordinal)
        .Replace("{keyId}", KeyB, StringComparison.Ordinal)
        .Replace("{conversationId}", "conv-b-1", StringComparison.Ordinal)
        .Replace("{ruleId}", "arl_b_rule", StringComparison.Ordinal)
        .Replace("{documentName}", "v1", StringComparison.Ordinal);
}

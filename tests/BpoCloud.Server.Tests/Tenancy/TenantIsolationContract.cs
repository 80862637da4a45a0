using System.Net;
using BpoCloud.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BpoCloud.Server.Tests.Tenancy;

/// <summary>
/// The tenant-isolation matrix: every route the server maps (read from its endpoint data sources), called by
/// every role, by brand A's users and API key against brand B's ids, and without signing in. Each answer
/// must be the expected 401/403/404 (or, for roles allowed, anything but those), and nothing of brand B may
/// appear in what brand A's callers get back.
/// </summary>
public abstract class TenantIsolationContract(BpoCloudServer server)
{
    private static readonly string[] FirmRoles = ["opsAdmin", "opsManager", "teamLead", "qaInspector", "agent", "finance"];
    private static readonly string[] BrandACallers = ["brandAdmin", "brandViewer", "apiKey"];

    private IReadOnlyList<(string Method, string Pattern)> Routes() =>
        [.. server.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()];

    [Fact]
    public void Every_route_has_a_decision_in_the_access_matrix()
    {
        var undecided = Routes().Select(r => $"{r.Method} {r.Pattern}")
            .Where(r => !AccessMatrix.Anonymous.Contains(r) && !AccessMatrix.Allowed.ContainsKey(r))
            .ToList();

        Assert.True(undecided.Count == 0, "Add these routes to AccessMatrix: " + string.Join(", ", undecided));
    }

    [Fact]
    public async Task The_matrix_holds_for_every_route_and_caller()
    {
        var world = await IsolationWorld.Build(server);
        var failures = new List<string>();
        foreach (var (method, pattern) in Routes())
        {
            var route = $"{method} {pattern}";
            if (AccessMatrix.Anonymous.Contains(route))
            {
                continue;
            }
            var allowed = AccessMatrix.Allowed.GetValueOrDefault(route) ?? [];
            var url = world.UrlFor(pattern);
            await Expect(failures, world, "anonymous", method, url, route, [HttpStatusCode.Unauthorized]);
            foreach (var role in FirmRoles)
            {
                if (allowed.Contains(role))
                {
                    await ExpectAllowed(failures, world, role, method, url, route);
                }
                else
                {
                    await Expect(failures, world, role, method, url, route, [HttpStatusCode.Forbidden]);
                }
            }
            foreach (var caller in BrandACallers)
            {
                if (pattern.Contains('{', StringComparison.Ordinal) || !allowed.Contains(caller))
                {
                    // The URL names brand B's data, or the caller may not use the route at all.
                    await Expect(failures, world, caller, method, url, route, [HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized]);
                }
                else
                {
                    // An own-brand route (lists, "me"): allowed, and nothing of brand B in the answer.
                    await ExpectAllowed(failures, world, caller, method, url, route);
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Brand_users_see_only_their_own_brand_in_lists()
    {
        var world = await IsolationWorld.Build(server);

        var brands = await world.Callers["brandViewer"].Get("/api/v1/brands?limit=200").Ok();
        var users = await world.Callers["brandAdmin"].Get("/api/v1/users?limit=200").Ok();
        var audit = await world.Callers["brandAdmin"].Get("/api/v1/audit?limit=200").Ok();

        Assert.Equal([world.BrandA], brands["items"]!.AsArray().Select(b => b!["id"]!.GetValue<string>()));
        Assert.All(users["items"]!.AsArray(), u => Assert.Equal(world.BrandA, u!["brandId"]!.GetValue<string>()));
        Assert.All(audit["items"]!.AsArray(), e => Assert.Equal(world.BrandA, e!["brandId"]!.GetValue<string>()));
        Assert.NotEmpty(audit["items"]!.AsArray());
        foreach (var secret in world.BrandBSecrets)
        {
            Assert.DoesNotContain(secret, brands.ToJsonString() + users.ToJsonString() + audit.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Brand_users_read_their_own_brand_and_stores()
    {
        var world = await IsolationWorld.Build(server);

        var brand = await world.Callers["brandViewer"].Get($"/api/v1/brands/{world.BrandA}").Ok();
        var stores = await world.Callers["brandViewer"].Get($"/api/v1/brands/{world.BrandA}/stores").Ok();

        Assert.Equal(world.BrandA, brand["id"]!.GetValue<string>());
        Assert.Single(stores["items"]!.AsArray());
    }

    private static async Task ExpectAllowed(List<string> failures, IsolationWorld world, string caller, string method, string url, string route)
    {
        var (status, body, _) = await world.Callers[caller].Send(new HttpMethod(method), url, method is "GET" or "DELETE" ? null : "{}");
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            failures.Add($"{caller} should be allowed {route} but got {(int)status}: {body?.ToJsonString()}");
        }
        var text = body?.ToJsonString() ?? "";
        foreach (var secret in world.BrandBSecrets.Where(s => caller.StartsWith("brand", StringComparison.Ordinal) && text.Contains(s, StringComparison.Ordinal)))
        {
            failures.Add($"{caller} on {route}: answer leaked '{secret}'");
        }
    }

    private static async Task Expect(List<string> failures, IsolationWorld world, string caller, string method, string url, string route, HttpStatusCode[] expected)
    {
        var (status, body, response) = await world.Callers[caller].Send(new HttpMethod(method), url, method is "GET" or "DELETE" ? null : "{}");
        if (!expected.Contains(status))
        {
            failures.Add($"{caller} on {route}: expected {string.Join("/", expected.Select(e => (int)e))} but got {(int)status}: {body?.ToJsonString()}");
            return;
        }
        if (response.Content.Headers.ContentLength is > 0 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{caller} on {route}: refusal was not problem+json");
        }
        var text = body?.ToJsonString() ?? "";
        foreach (var secret in world.BrandBSecrets.Where(s => text.Contains(s, StringComparison.Ordinal)))
        {
            failures.Add($"{caller} on {route}: answer leaked '{secret}'");
        }
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class TenantIsolationOnSqlite(SqliteServerFixture fixture) : TenantIsolationContract(fixture.Server);

[Collection(PostgresServerCollection.Name)]
public sealed class TenantIsolationOnPostgres(PostgresServerFixture fixture) : TenantIsolationContract(fixture.Server);

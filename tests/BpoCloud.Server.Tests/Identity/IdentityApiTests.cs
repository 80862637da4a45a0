using System.Net;
using System.Net.Http.Json;
using BpoCloud.Server.Tests.Infrastructure;

namespace BpoCloud.Server.Tests.Identity;

/// <summary>Sign-in, users, roles and API keys over HTTP (embedded server).</summary>
[Collection(SqliteServerCollection.Name)]
public sealed class IdentityApiTests(SqliteServerFixture fixture)
{
    private const string Password = "Identity-Test-Pass-3";
    private readonly BpoCloudServer _server = fixture.Server;
    private HttpClient Admin => fixture.Client;

    private async Task<(string Id, string Email)> NewUser(string role, string? brandId = null)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@test.bpocloud.local";
        var id = await Admin.Create("/api/v1/users", new { email, password = Password, displayName = $"A {role}", role, brandId });
        return (id, email);
    }

    [Fact]
    public async Task A_token_is_issued_for_the_right_password_and_401_problem_for_a_wrong_one()
    {
        var (_, email) = await NewUser("opsManager");
        var client = _server.CreateClient();

        var good = await client.Post("/api/v1/auth/token", new { email, password = Password }).Ok();
        await client.Post("/api/v1/auth/token", new { email, password = "Wrong-Password-123" }).Problem(HttpStatusCode.Unauthorized);
        await client.Post("/api/v1/auth/token", new { email = "nobody@nowhere.example", password = Password }).Problem(HttpStatusCode.Unauthorized);

        Assert.False(string.IsNullOrEmpty(good["accessToken"]!.GetValue<string>()));
        Assert.True(good["expiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Health_and_the_openapi_document_need_no_sign_in_but_the_api_does()
    {
        var anonymous = _server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        var openapi = await anonymous.Get("/openapi/v1.json").Ok();
        await anonymous.Get("/api/v1/brands").Problem(HttpStatusCode.Unauthorized);

        Assert.NotNull(openapi["paths"]!["/api/v1/brands/{brandId}"]);
        Assert.NotNull(openapi["paths"]!["/api/v1/shifts/{shiftId}"]);
    }

    [Fact]
    public async Task A_disabled_user_is_refused_even_with_a_token_issued_before()
    {
        var (id, email) = await NewUser("finance");
        var user = _server.SignIn(email, Password);
        await user.Get("/api/v1/brands").Ok();

        await Admin.Patch($"/api/v1/users/{id}", new { disabled = true }).Ok();

        await Eventually.Status(() => user.Get("/api/v1/brands"), HttpStatusCode.Unauthorized);
        await _server.CreateClient().Post("/api/v1/auth/token", new { email, password = Password }).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_a_role_changes_rights_and_requires_a_new_sign_in()
    {
        var (id, email) = await NewUser("qaInspector");
        await _server.SignIn(email, Password).Post("/api/v1/brands", Make.Brand()).Problem(HttpStatusCode.Forbidden);

        await Admin.Patch($"/api/v1/users/{id}", new { role = "opsManager" }).Ok();

        await _server.SignIn(email, Password).Create("/api/v1/brands", Make.Brand("Made by a promoted user"));
    }

    [Fact]
    public async Task Brand_roles_need_a_brand_and_firm_roles_must_not_have_one()
    {
        var brand = await Admin.Create("/api/v1/brands", Make.Brand());

        var noBrand = await Admin.Post("/api/v1/users", new { email = $"x{Guid.NewGuid():N}@a.example", password = Password, displayName = "X", role = "brandViewer" })
            .Problem(HttpStatusCode.BadRequest);
        var firmWithBrand = await Admin.Post("/api/v1/users", new { email = $"y{Guid.NewGuid():N}@a.example", password = Password, displayName = "Y", role = "finance", brandId = brand })
            .Problem(HttpStatusCode.BadRequest);

        Assert.NotNull(noBrand["errors"]!["brandId"]);
        Assert.NotNull(firmWithBrand["errors"]!["brandId"]);
    }

    [Fact]
    public async Task A_duplicate_email_is_409_and_a_weak_password_400()
    {
        var (_, email) = await NewUser("agent");

        await Admin.Post("/api/v1/users", new { email = email.ToUpperInvariant(), password = Password, displayName = "Twin", role = "agent" }).Problem(HttpStatusCode.Conflict);
        var weak = await Admin.Post("/api/v1/users", new { email = $"w{Guid.NewGuid():N}@a.example", password = "short", displayName = "W", role = "agent" })
            .Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(weak["errors"]!["password"]);
    }

    [Fact]
    public async Task A_brand_admin_manages_only_their_own_brands_users()
    {
        var brand = await Admin.Create("/api/v1/brands", Make.Brand());
        var (_, adminEmail) = await NewUser("brandAdmin", brand);
        var brandAdmin = _server.SignIn(adminEmail, Password);

        var viewer = await brandAdmin.Create("/api/v1/users", new { email = $"v{Guid.NewGuid():N}@brand.example", password = Password, displayName = "Viewer", role = "brandViewer", brandId = brand });
        await brandAdmin.Post("/api/v1/users", new { email = $"f{Guid.NewGuid():N}@brand.example", password = Password, displayName = "Fin", role = "finance" })
            .Problem(HttpStatusCode.Forbidden);
        await brandAdmin.Patch($"/api/v1/users/{viewer}", new { role = "opsAdmin" }).Problem(HttpStatusCode.Forbidden);
        var renamed = await brandAdmin.Patch($"/api/v1/users/{viewer}", new { displayName = "Renamed viewer" }).Ok();

        Assert.Equal("Renamed viewer", renamed["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_password_reset_takes_effect_and_users_can_change_their_own()
    {
        var (id, email) = await NewUser("teamLead");
        await Admin.Post($"/api/v1/users/{id}/password", new { password = "Brand-New-Secret-42" }).Ok();
        var user = _server.SignIn(email, "Brand-New-Secret-42");

        await user.Post("/api/v1/users/me/password", new { currentPassword = "wrong-one-here", password = "Another-Secret-77" }).Problem(HttpStatusCode.BadRequest);
        await user.Post("/api/v1/users/me/password", new { currentPassword = "Brand-New-Secret-42", password = "Another-Secret-77" }).Ok();

        Assert.Equal(id, (await _server.SignIn(email, "Another-Secret-77").Get("/api/v1/users/me").Ok())["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_api_key_is_shown_once_stored_hashed_and_stops_working_when_revoked()
    {
        var brand = await Admin.Create("/api/v1/brands", Make.Brand());
        var (status, created, _) = await Admin.Post($"/api/v1/brands/{brand}/api-keys", new { name = "erp" });
        Assert.Equal(HttpStatusCode.Created, status);
        var key = created!["key"]!.GetValue<string>();
        var keyId = created["id"]!.GetValue<string>();

        var listed = await Admin.Get($"/api/v1/brands/{brand}/api-keys").Ok();
        Assert.DoesNotContain(key, listed.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(key[..12], listed["items"]![0]!["prefix"]!.GetValue<string>());

        var machine = _server.CreateClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", key);
        // A key is for ingestion only: it is not a person and may not read the roster.
        await machine.Get($"/api/v1/brands/{brand}").Problem(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await Admin.Send(HttpMethod.Delete, $"/api/v1/brands/{brand}/api-keys/{keyId}")).Status);
        await machine.Get($"/api/v1/brands/{brand}").Problem(HttpStatusCode.Unauthorized);
        await Admin.Send(HttpMethod.Delete, $"/api/v1/brands/{brand}/api-keys/key_unknown").Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Users_of_an_offboarded_brand_cannot_sign_in()
    {
        var brand = await Admin.Create("/api/v1/brands", Make.Brand("Leaving Soon"));
        var (_, email) = await NewUser("brandViewer", brand);
        var before = _server.SignIn(email, Password);
        await before.Get($"/api/v1/brands/{brand}").Ok();

        await Admin.Put($"/api/v1/brands/{brand}", new { name = "Leaving Soon", roles = new[] { "preSale" }, status = "offboarded" }).Ok();

        await _server.CreateClient().Post("/api/v1/auth/token", new { email, password = Password }).Problem(HttpStatusCode.Unauthorized);
        await Eventually.Status(() => before.Get($"/api/v1/brands/{brand}"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Cookie_sign_in_works_for_the_web_ui()
    {
        var (_, email) = await NewUser("opsManager");
        var browser = _server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });

        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        await browser.Get("/api/v1/users/me").Ok();

        await browser.PostAsync("/api/v1/auth/logout", null);
        await browser.Get("/api/v1/users/me").Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Every_change_is_audited_with_who_what_and_before_after()
    {
        var brand = await Admin.Create("/api/v1/brands", Make.Brand("Audit Before"));
        await Admin.Put($"/api/v1/brands/{brand}", Make.Brand("Audit After")).Ok();

        var entries = await Admin.Get($"/api/v1/audit?brandId={brand}").Ok();
        var update = entries["items"]!.AsArray().Single(e => e!["action"]!.GetValue<string>().StartsWith("PUT", StringComparison.Ordinal))!;

        Assert.Equal(2, entries["items"]!.AsArray().Count);
        Assert.Equal("opsAdmin", update["actorRole"]!.GetValue<string>());
        Assert.Equal(brand, update["resourceId"]!.GetValue<string>());
        Assert.Contains("Audit Before", update["before"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Audit After", update["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_an_api_key_is_audited_without_the_key()
    {
        var brand = await Admin.Create("/api/v1/brands", Make.Brand());
        var (_, created, _) = await Admin.Post($"/api/v1/brands/{brand}/api-keys", new { name = "audited" });

        var entries = await Admin.Get($"/api/v1/audit?brandId={brand}").Ok();

        Assert.Contains(entries["items"]!.AsArray(), e => e!["resource"]!.GetValue<string>() == "api-keys");
        Assert.DoesNotContain(created!["key"]!.GetValue<string>(), entries.ToJsonString(), StringComparison.Ordinal);
    }
}

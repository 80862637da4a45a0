namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>Settings for server processes that form one PostgreSQL cluster and must notice a killed member in seconds.</summary>
public static class ClusterSettings
{
    public static Dictionary<string, string?> FastFailover(string connectionString) => new(TestStorage.Postgres(connectionString))
    {
        ["Orleans:ClusterId"] = $"cluster-{Guid.NewGuid():N}",
        // Every server must sign and check tokens with the same key.
        ["Auth:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Bootstrap:AdminEmail"] = BpoCloudServer.AdminEmail,
        ["Bootstrap:AdminPassword"] = BpoCloudServer.AdminPassword,
        // Notice a dead server in seconds, not the production default of about a minute.
        ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
        ["Orleans:Membership:NumMissedProbesLimit"] = "2",
        ["Orleans:Membership:NumVotesForDeathDeclaration"] = "1",
        ["Orleans:Membership:TableRefreshTimeout"] = "00:00:02",
    };

    /// <summary>A client of one server process, signed in as the bootstrap admin.</summary>
    public static async Task<HttpClient> SignedIn(ServerProcess server)
    {
        var client = server.Client();
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/api/v1/auth/token",
            new { email = BpoCloudServer.AdminEmail, password = BpoCloudServer.AdminPassword });
        response.EnsureSuccessStatusCode();
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(response.Content);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", body!["accessToken"]!.GetValue<string>());
        return client;
    }
}

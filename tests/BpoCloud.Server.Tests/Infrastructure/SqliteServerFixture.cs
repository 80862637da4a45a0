namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>One embedded (SQLite) server shared by the API tests of a collection; each test makes its own data.</summary>
public sealed class SqliteServerFixture : IDisposable
{
    public BpoCloudServer Server { get; } = new(TestStorage.Sqlite());

    public HttpClient Client => Server.Admin;

    public void Dispose() => Server.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SqliteServerCollection : ICollectionFixture<SqliteServerFixture>
{
    public const string Name = "sqlite server";
}

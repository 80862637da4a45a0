namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>One server on a fresh PostgreSQL database shared by the tests of a collection.</summary>
public sealed class PostgresServerFixture : IDisposable
{
    public BpoCloudServer Server { get; } = new(TestStorage.Postgres());

    public HttpClient Client => Server.Admin;

    public void Dispose() => Server.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres server";
}

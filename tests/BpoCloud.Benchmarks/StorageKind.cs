namespace BpoCloud.Benchmarks;

/// <summary>The storage engines the server supports, as the benchmark names them in its report.</summary>
public enum StorageKind
{
    Sqlite,
    Postgres,
}

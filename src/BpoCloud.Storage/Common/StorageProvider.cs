namespace BpoCloud.Storage.Common;

/// <summary>Where BpoCloud keeps its state: an embedded SQLite file (default) or a shared PostgreSQL server (production, clusters).</summary>
public enum StorageProvider { Sqlite, Postgres }

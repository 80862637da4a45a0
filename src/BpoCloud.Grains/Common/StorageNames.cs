namespace BpoCloud.Grains.Common;

/// <summary>The one grain-storage provider every BpoCloud grain persists to (SQLite or PostgreSQL, chosen at start-up).</summary>
public static class StorageNames
{
    public const string Grains = "bpocloud";
}

namespace BpoCloud.Storage.Schema;

/// <summary>One numbered schema script, e.g. 0100-bpocloud-roster.sql → version 100.</summary>
public sealed record SchemaScript(int Version, string Name, string Sql);

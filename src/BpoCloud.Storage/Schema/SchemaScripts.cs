using System.Globalization;
using System.Reflection;
using BpoCloud.Storage.Common;

namespace BpoCloud.Storage.Schema;

/// <summary>Reads the schema scripts embedded from deploy/sql/{postgresql|sqlite} in version order.</summary>
public static class SchemaScripts
{
    public static IReadOnlyList<SchemaScript> For(StorageProvider provider)
    {
        var folder = provider == StorageProvider.Sqlite ? "sqlite" : "postgresql";
        var assembly = typeof(SchemaScripts).Assembly;
        var prefix = $"Schema/{folder}/";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..]))
            .OrderBy(s => s.Version)];
    }

    public static int LatestVersion(StorageProvider provider) => For(provider).Max(s => s.Version);

    private static SchemaScript Load(Assembly assembly, string resource, string fileName)
    {
        var dash = fileName.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(fileName.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Schema script '{fileName}' must be named NNNN-description.sql.");
        }
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new SchemaScript(version, fileName, reader.ReadToEnd());
    }
}

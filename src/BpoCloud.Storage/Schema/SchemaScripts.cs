using System.Globalization;
using System.Reflection;
using BpoCloud.Storage.Common;

namespace BpoCloud.Storage.Schema;

/// <summary>Reads the schema scripts embedded from deploy/sql/{postgresql|sqlite|common} in version order.</summary>
public static class SchemaScripts
{
    /// <summary>
    /// The engine's own scripts (Orleans' tables differ per engine) plus the common ones (BpoCloud's tables are
    /// written in SQL both engines accept), merged in version order. A version used twice is a packaging mistake.
    /// </summary>
    public static IReadOnlyList<SchemaScript> For(StorageProvider provider)
    {
        var folder = provider == StorageProvider.Sqlite ? "sqlite" : "postgresql";
        var assembly = typeof(SchemaScripts).Assembly;
        var scripts = new[] { $"Schema/{folder}/", "Schema/common/" }
            .SelectMany(prefix => assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                .Select(n => Load(assembly, n, n[prefix.Length..])))
            .OrderBy(s => s.Version)
            .ToList();
        var repeated = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? scripts
            : throw new InvalidOperationException($"Schema version {repeated.Key} is used by more than one script: {string.Join(", ", repeated.Select(s => s.Name))}.");
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

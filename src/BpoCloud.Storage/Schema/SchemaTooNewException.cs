namespace BpoCloud.Storage.Schema;

/// <summary>The database was migrated by a newer BpoCloud than this one; running on it could corrupt data.</summary>
public sealed class SchemaTooNewException : Exception
{
    public SchemaTooNewException(int databaseVersion, int codeVersion)
        : base($"The database schema is at version {databaseVersion} but this BpoCloud build only knows up to version {codeVersion}. " +
               "Upgrade BpoCloud (or point it at another database); it will not start against a newer schema.")
    {
        DatabaseVersion = databaseVersion;
        CodeVersion = codeVersion;
    }

    public SchemaTooNewException() : base("The database schema is newer than this build.") { }

    public SchemaTooNewException(string message) : base(message) { }

    public SchemaTooNewException(string message, Exception innerException) : base(message, innerException) { }

    public int DatabaseVersion { get; }

    public int CodeVersion { get; }
}

using System.Xml.Linq;
using BpoCloud.Storage.Common;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace BpoCloud.Storage.Identity;

/// <summary>
/// Keeps ASP.NET Core Data Protection keys (which encrypt sign-in cookies) in the database, so a cookie issued by
/// one server of a cluster is read by every other, and survives restarts. Keys live in bpocloud_setting as "dp-key:*".
/// </summary>
public sealed class SqlXmlRepository(Database database) : IXmlRepository
{
    private const string Prefix = "dp-key:";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        return [.. connection.Query<string>("SELECT value FROM bpocloud_setting WHERE name LIKE 'dp-key:%'").Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        connection.Execute(
            "INSERT INTO bpocloud_setting (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING",
            new { name = Prefix + friendlyName, value = element.ToString(SaveOptions.DisableFormatting) });
    }
}

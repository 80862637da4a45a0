using System.Globalization;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Identity;

/// <summary>Brand API keys in identity_api_key.</summary>
public sealed class SqlApiKeyStore(Database database)
{
    private const string Columns = "id, brand_id, name, prefix, key_hash, created_by, created_at, revoked_at";

    public async Task Create(ApiKeyRecord key)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            $"INSERT INTO identity_api_key ({Columns}) VALUES (@Id, @BrandId, @Name, @Prefix, @KeyHash, @CreatedBy, @CreatedAt, NULL)",
            new { key.Id, key.BrandId, key.Name, key.Prefix, key.KeyHash, key.CreatedBy, CreatedAt = Text(key.CreatedAt) });
    }

    public async Task<ApiKeyRecord?> FindByHash(string keyHash)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM identity_api_key WHERE key_hash = @keyHash", new { keyHash });
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ForBrand(string brandId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM identity_api_key WHERE brand_id = @brandId ORDER BY id", new { brandId });
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>Revokes a key of the brand; false when the brand has no such key. Revoking twice keeps the first time.</summary>
    public async Task<bool> Revoke(string brandId, string id, DateTimeOffset at)
    {
        await using var connection = await database.OpenAsync();
        var exists = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM identity_api_key WHERE brand_id = @brandId AND id = @id", new { brandId, id });
        if (exists == 0)
        {
            return false;
        }
        await connection.ExecuteAsync(
            "UPDATE identity_api_key SET revoked_at = @at WHERE brand_id = @brandId AND id = @id AND revoked_at IS NULL",
            new { brandId, id, at = Text(at) });
        return true;
    }

    private static string Text(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public string id { get; set; } = "";
        public string brand_id { get; set; } = "";
        public string name { get; set; } = "";
        public string prefix { get; set; } = "";
        public string key_hash { get; set; } = "";
        public string created_by { get; set; } = "";
        public string created_at { get; set; } = "";
        public string? revoked_at { get; set; }

        public ApiKeyRecord ToRecord() => new(id, brand_id, name, prefix, key_hash, created_by,
            DateTimeOffset.Parse(created_at, CultureInfo.InvariantCulture),
            revoked_at is null ? null : DateTimeOffset.Parse(revoked_at, CultureInfo.InvariantCulture));
    }
}

using System.Globalization;
using BpoCloud.Domain.Tenancy;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Identity;

/// <summary>Users in the identity_user table. Email uniqueness is the database's unique index, so it holds across servers.</summary>
public sealed class SqlUserStore(Database database)
{
    private const string Columns = "id, email, display_name, role, brand_id, agent_id, password_hash, disabled, version, created_at, updated_at";

    /// <summary>False when the email is taken.</summary>
    public async Task<bool> TryCreate(UserRecord user)
    {
        try
        {
            await using var connection = await database.OpenAsync();
            await connection.ExecuteAsync(
                $"INSERT INTO identity_user ({Columns}) VALUES (@Id, @Email, @DisplayName, @Role, @BrandId, @AgentId, @PasswordHash, @Disabled, @Version, @CreatedAt, @UpdatedAt)",
                Parameters(user));
            return true;
        }
        catch (Exception e) when (DbErrors.IsUniqueViolation(e))
        {
            return false;
        }
    }

    /// <summary>Replaces a user if it is still at <paramref name="expectedVersion"/>; false when someone changed it first.</summary>
    public async Task<bool> TryUpdate(UserRecord user, int expectedVersion)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.ExecuteAsync(
            """
            UPDATE identity_user SET display_name = @DisplayName, role = @Role, brand_id = @BrandId, agent_id = @AgentId,
                password_hash = @PasswordHash, disabled = @Disabled, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """,
            new DynamicParameters(Parameters(user)).With("ExpectedVersion", expectedVersion));
        return rows == 1;
    }

    public async Task<UserRecord?> FindById(string id) => await Single("id = @value", id);

    public async Task<UserRecord?> FindByEmail(string email) => await Single("email = @value", email);

    public async Task<bool> Any()
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM (SELECT 1 FROM identity_user LIMIT 1) t") > 0;
    }

    public async Task<Page<UserRecord>> List(string? brandId, int limit, string? cursor)
    {
        if (!PageCursor.TryDecode(cursor, 1, out var keys))
        {
            throw new InvalidCursorException();
        }
        var sql = $"""
            SELECT {Columns} FROM identity_user
            WHERE (@brandId IS NULL OR brand_id = @brandId) AND (@after IS NULL OR id > @after)
            ORDER BY id LIMIT @take
            """;
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<Row>(sql, new { brandId, after = keys.Length == 1 ? keys[0] : null, take = limit + 1 }))
            .Select(r => r.ToRecord()).ToList();
        return Page<UserRecord>.From(rows, limit, r => PageCursor.Encode(r.Id));
    }

    private async Task<UserRecord?> Single(string where, string value)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM identity_user WHERE {where}", new { value });
        return row?.ToRecord();
    }

    private static object Parameters(UserRecord u) => new
    {
        u.Id,
        u.Email,
        u.DisplayName,
        Role = u.Role.ToString(),
        u.BrandId,
        u.AgentId,
        u.PasswordHash,
        Disabled = u.Disabled ? 1 : 0,
        u.Version,
        CreatedAt = u.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        UpdatedAt = u.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    // Dapper maps columns by name onto this shape; both engines return the same column types for it.
    private sealed class Row
    {
        public string id { get; set; } = "";
        public string email { get; set; } = "";
        public string display_name { get; set; } = "";
        public string role { get; set; } = "";
        public string? brand_id { get; set; }
        public string? agent_id { get; set; }
        public string password_hash { get; set; } = "";
        public long disabled { get; set; }
        public long version { get; set; }
        public string created_at { get; set; } = "";
        public string updated_at { get; set; } = "";

        public UserRecord ToRecord() => new(
            id, email, display_name, Enum.Parse<Role>(role), brand_id, agent_id, password_hash, disabled != 0, (int)version,
            DateTimeOffset.Parse(created_at, CultureInfo.InvariantCulture), DateTimeOffset.Parse(updated_at, CultureInfo.InvariantCulture));
    }
}

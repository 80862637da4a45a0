using System.Globalization;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Audit;

/// <summary>The append-only audit_entry table: entries are inserted, read, and never changed.</summary>
public sealed class SqlAuditLog(Database database)
{
    public async Task Append(AuditEntry e)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO audit_entry (id, at_ms, actor_id, actor_name, actor_role, brand_id, action, resource, resource_id, before_summary, after_summary)
            VALUES (@Id, @AtMs, @ActorId, @ActorName, @ActorRole, @BrandId, @Action, @Resource, @ResourceId, @Before, @After)
            """,
            new { e.Id, AtMs = e.At.ToUnixTimeMilliseconds(), e.ActorId, e.ActorName, e.ActorRole, e.BrandId, e.Action, e.Resource, e.ResourceId, e.Before, e.After });
    }

    /// <summary>Entries in [from, to), oldest first; only the brand's when <paramref name="brandId"/> is given.</summary>
    public async Task<Page<AuditEntry>> Query(string? brandId, DateTimeOffset? from, DateTimeOffset? to, int limit, string? cursor)
    {
        if (!PageCursor.TryDecode(cursor, 1, out var keys))
        {
            throw new InvalidCursorException();
        }
        const string sql = """
            SELECT id, at_ms, actor_id, actor_name, actor_role, brand_id, action, resource, resource_id, before_summary, after_summary
            FROM audit_entry
            WHERE (@brandId IS NULL OR brand_id = @brandId) AND (@fromMs IS NULL OR at_ms >= @fromMs) AND (@toMs IS NULL OR at_ms < @toMs)
              AND (@after IS NULL OR id > @after)
            ORDER BY id LIMIT @take
            """;
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<Row>(sql, new
        {
            brandId,
            fromMs = from?.ToUnixTimeMilliseconds(),
            toMs = to?.ToUnixTimeMilliseconds(),
            after = keys.Length == 1 ? keys[0] : null,
            take = limit + 1,
        })).Select(r => r.ToEntry()).ToList();
        return Page<AuditEntry>.From(rows, limit, r => PageCursor.Encode(r.Id));
    }

    private sealed class Row
    {
        public string id { get; set; } = "";
        public long at_ms { get; set; }
        public string actor_id { get; set; } = "";
        public string actor_name { get; set; } = "";
        public string actor_role { get; set; } = "";
        public string? brand_id { get; set; }
        public string action { get; set; } = "";
        public string resource { get; set; } = "";
        public string? resource_id { get; set; }
        public string? before_summary { get; set; }
        public string? after_summary { get; set; }

        public AuditEntry ToEntry() => new(id, DateTimeOffset.FromUnixTimeMilliseconds(at_ms), actor_id, actor_name, actor_role, brand_id,
            action, resource, resource_id, before_summary, after_summary);
    }
}

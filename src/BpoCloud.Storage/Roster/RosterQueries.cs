using System.Globalization;
using BpoCloud.Grains.Roster;
using BpoCloud.Grains.Scheduling;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Roster;

/// <summary>Paged lists of the roster, answered from the read-model tables with keyset paging.</summary>
public sealed class RosterQueries(Database database)
{
    public Task<Page<BrandInfo>> Brands(int limit, string? cursor, IReadOnlyCollection<string>? onlyIds = null)
    {
        var parameters = new DynamicParameters();
        var filter = onlyIds is null ? "" : "AND " + SqlLists.In(parameters, "id", "only", onlyIds);
        return ById<BrandInfo>("roster_brand", filter, limit, cursor, parameters, b => b.Id);
    }

    public Task<Page<StoreInfo>> Stores(string brandId, int limit, string? cursor) =>
        ById<StoreInfo>("roster_store", "AND brand_id = @brandId", limit, cursor, new { brandId }, s => s.Id);

    /// <summary>Every brand's name by id (a few hundred rows), for overviews that list brands.</summary>
    public async Task<IReadOnlyDictionary<string, string>> BrandNames()
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<(string, string)>("SELECT id, name FROM roster_brand")).ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>The ids of a team lead's team (never more than a few dozen).</summary>
    public async Task<IReadOnlyList<string>> TeamOf(string teamLeadId)
    {
        await using var connection = await database.OpenAsync();
        return [.. await connection.QueryAsync<string>("SELECT id FROM roster_agent WHERE team_lead_id = @teamLeadId ORDER BY id", new { teamLeadId })];
    }

    public Task<Page<AgentInfo>> Agents(int limit, string? cursor, string? teamLeadId = null) =>
        ById<AgentInfo>("roster_agent", teamLeadId is null ? "" : "AND team_lead_id = @teamLeadId", limit, cursor, new { teamLeadId }, a => a.Id);

    public async Task<Page<ShiftInfo>> Shifts(ShiftFilter filter, int limit, string? cursor)
    {
        if (!PageCursor.TryDecode(cursor, 2, out var keys))
        {
            throw new InvalidCursorException();
        }
        var where = new List<string>();
        if (filter.AgentId is not null) where.Add("agent_id = @AgentId");
        var parameters = new DynamicParameters();
        if (filter.AgentIds is not null) where.Add(SqlLists.In(parameters, "agent_id", "agent", filter.AgentIds));
        if (filter.BrandId is not null) where.Add("brand_id = @BrandId");
        if (filter.From is not null) where.Add("end_ms > @FromMs");
        if (filter.To is not null) where.Add("start_ms < @ToMs");
        if (keys.Length == 2) where.Add("(start_ms > @CursorStart OR (start_ms = @CursorStart AND id > @CursorId))");
        var sql = $"SELECT body FROM roster_shift {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")} ORDER BY start_ms, id LIMIT @Take";
        await using var connection = await database.OpenAsync();
        parameters.AddDynamicParams(new
        {
            filter.AgentId,
            filter.BrandId,
            FromMs = filter.From?.ToUnixTimeMilliseconds(),
            ToMs = filter.To?.ToUnixTimeMilliseconds(),
            CursorStart = keys.Length == 2 ? long.Parse(keys[0], CultureInfo.InvariantCulture) : 0,
            CursorId = keys.Length == 2 ? keys[1] : null,
            Take = limit + 1,
        });
        var rows = (await connection.QueryAsync<string>(sql, parameters)).Select(StorageJson.Read<ShiftInfo>).ToList();
        return Page<ShiftInfo>.From(rows, limit, s => PageCursor.Encode(s.Details.Start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), s.Id));
    }

    private async Task<Page<T>> ById<T>(string table, string filter, int limit, string? cursor, object args, Func<T, string> idOf)
    {
        if (!PageCursor.TryDecode(cursor, 1, out var keys))
        {
            throw new InvalidCursorException();
        }
        var after = keys.Length == 1 ? keys[0] : null;
        var sql = $"SELECT body FROM {table} WHERE 1 = 1 {filter} {(after is null ? "" : "AND id > @after")} ORDER BY id LIMIT @take";
        var parameters = new DynamicParameters(args);
        parameters.Add("after", after);
        parameters.Add("take", limit + 1);
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<string>(sql, parameters)).Select(StorageJson.Read<T>).ToList();
        return Page<T>.From(rows, limit, item => PageCursor.Encode(idOf(item)));
    }
}

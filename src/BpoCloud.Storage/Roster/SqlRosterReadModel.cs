using BpoCloud.Grains.Roster;
using BpoCloud.Grains.Scheduling;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Roster;

/// <summary>Writes roster read-model rows; the same SQL runs on SQLite and PostgreSQL.</summary>
public sealed class SqlRosterReadModel(Database database) : IRosterReadModel
{
    public Task UpsertBrand(BrandInfo brand) => Execute(
        """
        INSERT INTO roster_brand (id, name, status, version, body) VALUES (@Id, @Name, @Status, @Version, @Body)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, status = excluded.status, version = excluded.version, body = excluded.body
        WHERE roster_brand.version < excluded.version
        """,
        new { brand.Id, brand.Details.Name, Status = brand.Details.Status.ToString(), brand.Version, Body = StorageJson.Write(brand) });

    public Task UpsertStore(StoreInfo store) => Execute(
        """
        INSERT INTO roster_store (brand_id, id, name, version, body) VALUES (@BrandId, @Id, @Name, @Version, @Body)
        ON CONFLICT (brand_id, id) DO UPDATE SET name = excluded.name, version = excluded.version, body = excluded.body
        WHERE roster_store.version < excluded.version
        """,
        new { store.BrandId, store.Id, store.Details.Name, store.Version, Body = StorageJson.Write(store) });

    public Task UpsertAgent(AgentInfo agent) => Execute(
        """
        INSERT INTO roster_agent (id, name, employee_number, status, team_lead_id, version, body)
        VALUES (@Id, @Name, @EmployeeNumber, @Status, @TeamLeadId, @Version, @Body)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, employee_number = excluded.employee_number, status = excluded.status,
            team_lead_id = excluded.team_lead_id, version = excluded.version, body = excluded.body
        WHERE roster_agent.version < excluded.version
        """,
        new
        {
            agent.Id,
            agent.Details.Name,
            agent.Details.EmployeeNumber,
            Status = agent.Details.Status.ToString(),
            agent.Details.TeamLeadId,
            agent.Version,
            Body = StorageJson.Write(agent),
        });

    public Task UpsertShift(ShiftInfo shift) => Execute(
        """
        INSERT INTO roster_shift (id, agent_id, brand_id, start_ms, end_ms, status, version, body)
        VALUES (@Id, @AgentId, @BrandId, @StartMs, @EndMs, @Status, @Version, @Body)
        ON CONFLICT (id) DO UPDATE SET agent_id = excluded.agent_id, brand_id = excluded.brand_id, start_ms = excluded.start_ms,
            end_ms = excluded.end_ms, status = excluded.status, version = excluded.version, body = excluded.body
        WHERE roster_shift.version < excluded.version
        """,
        new
        {
            shift.Id,
            shift.Details.AgentId,
            shift.Details.BrandId,
            StartMs = shift.Details.Start.ToUnixTimeMilliseconds(),
            EndMs = shift.Details.End.ToUnixTimeMilliseconds(),
            Status = shift.Status.ToString(),
            shift.Version,
            Body = StorageJson.Write(shift),
        });

    private async Task Execute(string sql, object args)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(sql, args);
    }
}

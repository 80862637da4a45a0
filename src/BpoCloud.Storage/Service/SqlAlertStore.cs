using System.Globalization;
using BpoCloud.Domain.Common;
using BpoCloud.Domain.Service;
using BpoCloud.Grains.Service;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Service;

/// <summary>Alert rules, fired alerts and the webhook outbox.</summary>
public sealed class SqlAlertStore(Database database, SqlKpiQueries kpis) : IAlertStore
{
    public async Task<IReadOnlyList<AlertRule>> Rules(string brandId)
    {
        await using var connection = await database.OpenAsync();
        var bodies = await connection.QueryAsync<string>("SELECT body FROM service_alert_rule WHERE brand_id = @brandId AND deleted = 0 ORDER BY id", new { brandId });
        return [.. bodies.Select(StorageJson.Read<AlertRule>)];
    }

    public async Task<IReadOnlyList<AlertRule>> EnabledRules(string brandId) => [.. (await Rules(brandId)).Where(r => r.Enabled)];

    public async Task<AlertRule?> Rule(string brandId, string id) => (await Rules(brandId)).FirstOrDefault(r => r.Id == id);

    public async Task SaveRule(string brandId, AlertRule rule)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO service_alert_rule (brand_id, id, body, version, deleted) VALUES (@brandId, @Id, @body, 1, 0)
            ON CONFLICT (brand_id, id) DO UPDATE SET body = excluded.body, version = service_alert_rule.version + 1
            """, new { brandId, rule.Id, body = StorageJson.Write(rule) });
    }

    /// <summary>Deletes a rule (kept as a tombstone for the audit trail); false when the brand has no such rule.</summary>
    public async Task<bool> DeleteRule(string brandId, string id)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync("UPDATE service_alert_rule SET deleted = 1 WHERE brand_id = @brandId AND id = @id AND deleted = 0", new { brandId, id }) == 1;
    }

    public async Task<IReadOnlyList<OpenAlert>> OpenAlerts(string brandId)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(string, string)>(
            "SELECT id, rule_id FROM service_alert WHERE brand_id = @brandId AND resolved_at_ms IS NULL", new { brandId });
        return [.. rows.Select(r => new OpenAlert(r.Item1, r.Item2))];
    }

    public Task<KpiCounters> Window(string brandId, DateTimeOffset from, DateTimeOffset to) => kpis.Window(brandId, from, to);

    public async Task Fire(string brandId, AlertRule rule, string alertId, DateTimeOffset at, decimal value, string? payload)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO service_alert (id, brand_id, rule_id, metric, comparison, threshold, window_minutes, fired_at_ms, fired_value, resolved_at_ms, resolved_value)
            VALUES (@alertId, @brandId, @ruleId, @metric, @comparison, @threshold, @window, @at, @value, NULL, NULL)
            """,
            new
            {
                alertId, brandId, ruleId = rule.Id, metric = Camel(rule.Metric.ToString()), comparison = Camel(rule.Comparison.ToString()),
                threshold = Text(rule.Threshold), window = rule.WindowMinutes, at = at.ToUnixTimeMilliseconds(), value = Text(value),
            }, transaction);
        await Enqueue(connection, transaction, brandId, rule, alertId, "alert.fired", at, payload);
        await transaction.CommitAsync();
    }

    public async Task Resolve(string brandId, AlertRule? rule, string alertId, DateTimeOffset at, decimal? value, string? payload)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "UPDATE service_alert SET resolved_at_ms = @at, resolved_value = @value WHERE id = @alertId AND resolved_at_ms IS NULL",
            new { alertId, at = at.ToUnixTimeMilliseconds(), value = value is null ? null : Text(value.Value) }, transaction);
        if (rule is not null)
        {
            await Enqueue(connection, transaction, brandId, rule, alertId, "alert.resolved", at, payload);
        }
        await transaction.CommitAsync();
    }

    public async Task<Page<AlertRecord>> Alerts(string brandId, int limit, string? cursor)
    {
        if (!PageCursor.TryDecode(cursor, 1, out var keys))
        {
            throw new InvalidCursorException();
        }
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<AlertRow>(
            """
            SELECT id, brand_id, rule_id, metric, comparison, threshold, window_minutes, fired_at_ms, fired_value, resolved_at_ms, resolved_value
            FROM service_alert WHERE brand_id = @brandId AND (@after IS NULL OR id < @after) ORDER BY id DESC LIMIT @take
            """, new { brandId, after = keys.Length == 1 ? keys[0] : null, take = limit + 1 })).Select(r => r.ToRecord()).ToList();
        return Page<AlertRecord>.From(rows, limit, r => PageCursor.Encode(r.Id));
    }

    /// <summary>Takes up to <paramref name="max"/> due deliveries for <paramref name="lease"/>, so no other server sends them meanwhile.</summary>
    public async Task<IReadOnlyList<AlertDelivery>> ClaimDue(DateTimeOffset now, TimeSpan lease, int max)
    {
        await using var connection = await database.OpenAsync();
        var due = (await connection.QueryAsync<string>(
            """
            SELECT id FROM alert_delivery
            WHERE delivered_at_ms IS NULL AND gave_up_at_ms IS NULL AND next_attempt_at_ms <= @now AND (claimed_until_ms IS NULL OR claimed_until_ms < @now)
            ORDER BY next_attempt_at_ms LIMIT @max
            """, new { now = now.ToUnixTimeMilliseconds(), max })).ToList();
        var claimed = new List<AlertDelivery>();
        foreach (var id in due)
        {
            var won = await connection.ExecuteAsync(
                "UPDATE alert_delivery SET claimed_until_ms = @until WHERE id = @id AND delivered_at_ms IS NULL AND (claimed_until_ms IS NULL OR claimed_until_ms < @now)",
                new { id, until = (now + lease).ToUnixTimeMilliseconds(), now = now.ToUnixTimeMilliseconds() });
            if (won == 1)
            {
                claimed.Add(await connection.QuerySingleAsync<AlertDelivery>(
                    "SELECT id AS Id, alert_id AS AlertId, brand_id AS BrandId, kind AS Kind, url AS Url, secret AS Secret, payload AS Payload, CAST(attempts AS BIGINT) AS Attempts FROM alert_delivery WHERE id = @id",
                    new { id }));
            }
        }
        return claimed;
    }

    public async Task Delivered(string id, DateTimeOffset at)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE alert_delivery SET delivered_at_ms = @at, attempts = attempts + 1, claimed_until_ms = NULL WHERE id = @id",
            new { id, at = at.ToUnixTimeMilliseconds() });
    }

    public async Task Failed(string id, DateTimeOffset nextAttempt, bool giveUp, string error, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            UPDATE alert_delivery SET attempts = attempts + 1, next_attempt_at_ms = @next, claimed_until_ms = NULL, last_error = @error,
                gave_up_at_ms = @gaveUp WHERE id = @id
            """, new { id, next = nextAttempt.ToUnixTimeMilliseconds(), error = error.Length > 500 ? error[..500] : error, gaveUp = giveUp ? now.ToUnixTimeMilliseconds() : (long?)null });
    }

    private static async Task Enqueue(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction,
        string brandId, AlertRule rule, string alertId, string kind, DateTimeOffset at, string? payload)
    {
        if (rule.WebhookUrl is null || payload is null)
        {
            return;
        }
        await connection.ExecuteAsync(
            """
            INSERT INTO alert_delivery (id, alert_id, brand_id, kind, url, secret, payload, attempts, next_attempt_at_ms, claimed_until_ms, delivered_at_ms, gave_up_at_ms, last_error)
            VALUES (@id, @alertId, @brandId, @kind, @url, @secret, @payload, 0, @at, NULL, NULL, NULL, NULL)
            ON CONFLICT (alert_id, kind) DO NOTHING
            """, new { id = EntityIds.New("dlv"), alertId, brandId, kind, url = rule.WebhookUrl, secret = rule.WebhookSecret, payload, at = at.ToUnixTimeMilliseconds() }, transaction);
    }

    private static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class AlertRow
    {
        public string id { get; set; } = "";
        public string brand_id { get; set; } = "";
        public string rule_id { get; set; } = "";
        public string metric { get; set; } = "";
        public string comparison { get; set; } = "";
        public string threshold { get; set; } = "";
        public long window_minutes { get; set; }
        public long fired_at_ms { get; set; }
        public string fired_value { get; set; } = "";
        public long? resolved_at_ms { get; set; }
        public string? resolved_value { get; set; }

        public AlertRecord ToRecord() => new(id, brand_id, rule_id, metric, comparison, decimal.Parse(threshold, CultureInfo.InvariantCulture), (int)window_minutes,
            DateTimeOffset.FromUnixTimeMilliseconds(fired_at_ms), decimal.Parse(fired_value, CultureInfo.InvariantCulture),
            resolved_at_ms is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(resolved_at_ms.Value),
            resolved_value is null ? null : decimal.Parse(resolved_value, CultureInfo.InvariantCulture));
    }
}

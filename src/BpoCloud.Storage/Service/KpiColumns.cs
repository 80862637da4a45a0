using System.Globalization;
using BpoCloud.Domain.Service;

namespace BpoCloud.Storage.Service;

/// <summary>
/// The KPI counter columns shared by service_conversation and service_kpi_hour, in one order, with the mapping to and
/// from <see cref="KpiCounters"/>. Durations are stored as whole milliseconds so sums stay exact on both engines.
/// A new counter is added here (and in a schema script), nowhere else.
/// </summary>
public static class KpiColumns
{
    public static readonly string[] Counters =
    [
        "conversations", "answered", "abandoned", "first_response_ms", "first_response_count", "turns", "answered_turns", "turn_wait_ms",
        "turns_within_3min", "service_level_met", "service_level_offered", "aht_ms", "aht_count", "resolved", "resolved_first_contact",
        "csat_rated", "csat_satisfied", "nps_rated", "nps_promoters", "nps_detractors", "complaints", "presale_conversations", "presale_converted",
    ];

    /// <summary>SUM of every counter, cast to BIGINT (PostgreSQL widens SUM(bigint) to numeric) and 0 over no rows.</summary>
    public static readonly string Sums = string.Join(", ", Counters.Select(c => $"CAST(COALESCE(SUM({c}), 0) AS BIGINT) AS {c}"));

    public static long[] Values(KpiCounters c) =>
    [
        c.Conversations, c.Answered, c.Abandoned, Ms(c.FirstResponseSum), c.FirstResponseCount, c.Turns, c.AnsweredTurns, Ms(c.TurnWaitSum),
        c.TurnsWithin3Min, c.ServiceLevelMet, c.ServiceLevelOffered, Ms(c.AhtSum), c.AhtCount, c.Resolved, c.ResolvedFirstContact,
        c.CsatRated, c.CsatSatisfied, c.NpsRated, c.NpsPromoters, c.NpsDetractors, c.Complaints, c.PreSaleConversations, c.PreSaleConverted,
    ];

    /// <summary>Reads the counter columns of a row returned by Dapper as a dictionary.</summary>
    public static long[] Read(IDictionary<string, object> row) =>
        [.. Counters.Select(c => Convert.ToInt64(row[c], CultureInfo.InvariantCulture))];

    public static KpiCounters ToCounters(IReadOnlyList<long> v) => new()
    {
        Conversations = v[0], Answered = v[1], Abandoned = v[2], FirstResponseSum = v[3] / 1000m, FirstResponseCount = v[4],
        Turns = v[5], AnsweredTurns = v[6], TurnWaitSum = v[7] / 1000m, TurnsWithin3Min = v[8],
        ServiceLevelMet = v[9], ServiceLevelOffered = v[10], AhtSum = v[11] / 1000m, AhtCount = v[12],
        Resolved = v[13], ResolvedFirstContact = v[14], CsatRated = v[15], CsatSatisfied = v[16],
        NpsRated = v[17], NpsPromoters = v[18], NpsDetractors = v[19], Complaints = v[20],
        PreSaleConversations = v[21], PreSaleConverted = v[22],
    };

    /// <summary>Events carry millisecond precision, so seconds × 1000 is a whole number.</summary>
    private static long Ms(decimal seconds) => (long)decimal.Round(seconds * 1000m, 0, MidpointRounding.AwayFromZero);
}

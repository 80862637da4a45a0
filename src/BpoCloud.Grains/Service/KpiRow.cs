using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Grains.Service;

/// <summary>What one conversation (or one event outside a conversation) adds to its brand-local start hour.</summary>
public sealed record KpiRow(
    string Key,
    DateOnly LocalDate,
    int LocalHour,
    int UtcOffsetMinutes,
    DateTimeOffset StartedAt,
    string? StoreId,
    ServiceRole? Role,
    string? AgentId,
    string? CustomerId,
    KpiCounters Counters);

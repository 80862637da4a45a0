namespace BpoCloud.Storage.Service;

/// <summary>Which KPI rows a query sums: brand-local dates [From, To] inclusive, optionally one role, store or agent.</summary>
public sealed record KpiFilter(DateOnly From, DateOnly To, string? Role = null, string? StoreId = null, string? AgentId = null);

using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>One brand's totals in the firm's cross-brand overview.</summary>
public sealed record BrandKpis(string BrandId, string? BrandName, KpiValues Totals);

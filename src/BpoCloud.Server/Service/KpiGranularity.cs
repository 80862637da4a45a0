namespace BpoCloud.Server.Service;

/// <summary>How a KPI series is cut: one total, brand-local days, or brand-local hours.</summary>
public enum KpiGranularity { Total, Day, Hour }

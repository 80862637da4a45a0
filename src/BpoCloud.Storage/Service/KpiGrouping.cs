namespace BpoCloud.Storage.Service;

/// <summary>How finely the database sums KPI rows before handing them over: the coarser, the less to move and map.</summary>
public enum KpiGrouping { Hour, Day, Total }

namespace BpoCloud.Domain.Roster;

/// <summary>How an agent is employed by the outsourcing firm; drives cost and scheduling limits.</summary>
public enum ContractType { FullTime, PartTime, Student, Temp }

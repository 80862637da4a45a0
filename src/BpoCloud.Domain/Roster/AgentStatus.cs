namespace BpoCloud.Domain.Roster;

/// <summary>Whether an agent can be scheduled: agents who left keep their history but get no new shifts.</summary>
public enum AgentStatus { Active, OnLeave, Left }

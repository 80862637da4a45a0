namespace BpoCloud.Domain.Service;

/// <summary>An agent's status as reported by the brand's desk tool.</summary>
public enum AgentPresence { Online, Away, Offline }

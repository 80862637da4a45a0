using BpoCloud.Domain.Roster;

namespace BpoCloud.Grains.Roster;

/// <summary>Whether an agent may be put on a shift for a brand and role; null when they may.</summary>
public static class AgentEligibility
{
    public static string? Check(AgentDraft agent, string brandId, ServiceRole role)
    {
        if (agent.Status == AgentStatus.Left)
        {
            return "The agent has left the firm and cannot be scheduled.";
        }
        if (!agent.Certifications.Contains(brandId, StringComparer.Ordinal))
        {
            return $"The agent is not certified for brand '{brandId}'.";
        }
        if (!agent.Skills.Any(s => s.Role == role))
        {
            return $"The agent has no skill in role '{role}'.";
        }
        return null;
    }
}

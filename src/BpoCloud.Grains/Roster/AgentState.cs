namespace BpoCloud.Grains.Roster;

[GenerateSerializer, Alias("bpo.AgentState")]
public sealed class AgentState
{
    [Id(0)] public AgentInfo? Agent { get; set; }

    /// <summary>Time held by the agent's live (not cancelled) shifts, by shift id.</summary>
    [Id(1)] public Dictionary<string, BookedTime> BookedShifts { get; set; } = [];
}

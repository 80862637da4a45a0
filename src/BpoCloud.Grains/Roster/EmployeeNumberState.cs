namespace BpoCloud.Grains.Roster;

[GenerateSerializer, Alias("bpo.EmployeeNumberState")]
public sealed class EmployeeNumberState
{
    [Id(0)] public string? AgentId { get; set; }
}

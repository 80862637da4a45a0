namespace BpoCloud.Grains.Roster;

/// <summary>An employee of the outsourcing firm as stored: the draft fields plus identity and version.</summary>
[GenerateSerializer, Alias("bpo.AgentInfo"), Immutable]
public sealed record AgentInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] AgentDraft Details,
    [property: Id(2)] int Version,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt);

using BpoCloud.Domain.Roster;

namespace BpoCloud.Grains.Roster;

/// <summary>The fields a person sets on a brand; defaults already applied and checked.</summary>
[GenerateSerializer, Alias("bpo.BrandDraft"), Immutable]
public sealed record BrandDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] string? LegalName,
    [property: Id(2)] string TimeZone,
    [property: Id(3)] string Currency,
    [property: Id(4)] BrandStatus Status,
    [property: Id(5)] IReadOnlyList<ServiceRole> Roles);

using BpoCloud.Grains.Scheduling;

namespace BpoCloud.Grains.Roster;

/// <summary>
/// The query side of the roster: ordinary tables that lists and searches read, so a list never
/// activates thousands of grains. Grain state is the source of truth; grains write here after their
/// state is persisted and again on activation, and a row is only replaced by a higher version.
/// </summary>
public interface IRosterReadModel
{
    Task UpsertBrand(BrandInfo brand);

    Task UpsertStore(StoreInfo store);

    Task UpsertAgent(AgentInfo agent);

    Task UpsertShift(ShiftInfo shift);
}

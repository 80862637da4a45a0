namespace BpoCloud.Grains.Roster;

/// <summary>
/// Keyed by an employee number; remembers which agent holds it. One grain per number makes the
/// uniqueness rule hold across silos without a database constraint.
/// </summary>
[Alias("bpo.IEmployeeNumberGrain")]
public interface IEmployeeNumberGrain : IGrainWithStringKey
{
    /// <summary>True when the number is now held by <paramref name="agentId"/> (free before, or already theirs).</summary>
    [Alias("Claim")]
    Task<bool> Claim(string agentId);

    /// <summary>Gives the number up if <paramref name="agentId"/> holds it.</summary>
    [Alias("Release")]
    Task Release(string agentId);
}

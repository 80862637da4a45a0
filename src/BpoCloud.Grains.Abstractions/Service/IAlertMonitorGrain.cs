namespace BpoCloud.Grains.Service;

/// <summary>
/// One per brand, keyed by brand id: evaluates the brand's alert rules every few seconds (kept alive across restarts
/// by a reminder while the brand has rules), and is the single writer of its alerts, so a crossing fires once.
/// </summary>
[Alias("bpo.IAlertMonitorGrain")]
public interface IAlertMonitorGrain : IGrainWithStringKey
{
    /// <summary>Starts (or keeps) watching; called when rules change.</summary>
    [Alias("Start")]
    Task Start();

    /// <summary>Evaluates every rule now; returns how many alerts fired or resolved.</summary>
    [Alias("Evaluate")]
    Task<int> Evaluate();
}

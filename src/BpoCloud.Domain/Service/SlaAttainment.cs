namespace BpoCloud.Domain.Service;

/// <summary>
/// Whether one brand-local day met the SLA: service level and the 3-minute response rate both at or above target.
/// <see cref="Met"/> is null (not measured) when either of the two had no data that day, e.g. a day with no
/// conversations in business hours: a target can be neither met nor missed on nothing.
/// </summary>
public sealed record SlaAttainment(
    DateOnly Day,
    decimal? ServiceLevel,
    decimal? ResponseWithin3MinRate,
    decimal TargetServiceLevel,
    decimal ResponseWithin3MinTarget)
{
    public bool? Met => ServiceLevel is { } serviceLevel && ResponseWithin3MinRate is { } within3Min
        ? serviceLevel >= TargetServiceLevel && within3Min >= ResponseWithin3MinTarget
        : null;

    /// <summary>Judges a day's summed counters against the policy in force that day; compares exact values, never rounded ones.</summary>
    public static SlaAttainment ForDay(DateOnly day, KpiCounters dayTotals, SlaPolicy policy)
    {
        var values = KpiValues.From(dayTotals);
        return new SlaAttainment(day, values.ServiceLevel, values.ResponseWithin3MinRate, policy.TargetServiceLevel, policy.ResponseWithin3MinTarget);
    }
}

using BpoCloud.Domain.Common;

namespace BpoCloud.Domain.Service;

/// <summary>
/// What a brand's contract promises: the first-response threshold T within business hours, and the daily targets
/// for service level and for turns answered within 3 minutes. A new policy applies from its brand-local
/// <see cref="EffectiveFrom"/> date on.
/// </summary>
public sealed record SlaPolicy
{
    public const int MaxFirstResponseSeconds = 86_400;

    public BusinessHours BusinessHours { get; init; } = new();

    /// <summary>T: an answered conversation meets the service level when its first response took at most this long.</summary>
    public int FirstResponseSeconds { get; init; }

    public decimal TargetServiceLevel { get; init; }
    public decimal ResponseWithin3MinTarget { get; init; }
    public DateOnly EffectiveFrom { get; init; }

    public bool IsWithinBusinessHours(DateTimeOffset instant) => BusinessHours.IsOpenAt(instant);

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        Validate(errors);
        return errors;
    }

    /// <summary>Adds the problems with this policy to <paramref name="errors"/>, by camelCase JSON path.</summary>
    public void Validate(ValidationErrors errors)
    {
        BusinessHours.Validate(errors, "businessHours");
        if (FirstResponseSeconds is < 1 or > MaxFirstResponseSeconds)
        {
            errors.Add("firstResponseSeconds", $"must be between 1 and {MaxFirstResponseSeconds}.");
        }

        if (TargetServiceLevel is < 0m or > 1m)
        {
            errors.Add("targetServiceLevel", "must be a fraction between 0 and 1.");
        }

        if (ResponseWithin3MinTarget is < 0m or > 1m)
        {
            errors.Add("responseWithin3MinTarget", "must be a fraction between 0 and 1.");
        }
    }

    /// <summary>The policy with the latest <see cref="EffectiveFrom"/> on or before <paramref name="brandLocalDay"/>; null before the first one.</summary>
    public static SlaPolicy? InForceOn(IEnumerable<SlaPolicy> policies, DateOnly brandLocalDay) =>
        policies.Where(p => p.EffectiveFrom <= brandLocalDay).MaxBy(p => p.EffectiveFrom);
}

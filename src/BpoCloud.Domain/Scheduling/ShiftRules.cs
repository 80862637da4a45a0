using BpoCloud.Domain.Common;

namespace BpoCloud.Domain.Scheduling;

/// <summary>Rules every shift obeys, whoever creates it (a manager by hand or the scheduler).</summary>
public static class ShiftRules
{
    /// <summary>Longer than this is almost certainly a typo in a date, not a real shift.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(16);

    public static void Validate(ValidationErrors errors, DateTimeOffset? start, DateTimeOffset? end, IReadOnlyList<TimeRange> breaks)
    {
        if (start is null)
        {
            errors.Add("start", "is required.");
        }
        if (end is null)
        {
            errors.Add("end", "is required.");
        }
        if (start is null || end is null)
        {
            return;
        }
        var shift = new TimeRange(start.Value, end.Value);
        if (shift.End <= shift.Start)
        {
            errors.Add("end", "must be after start.");
            return;
        }
        if (shift.Duration > MaxLength)
        {
            errors.Add("end", $"a shift may last at most {MaxLength.TotalHours} hours.");
        }
        for (var i = 0; i < breaks.Count; i++)
        {
            var b = breaks[i];
            if (b.End <= b.Start)
            {
                errors.Add($"breaks[{i}].end", "must be after start.");
            }
            else if (!shift.Contains(b))
            {
                errors.Add($"breaks[{i}]", "must lie within the shift.");
            }
            for (var j = 0; j < i; j++)
            {
                if (b.Overlaps(breaks[j]))
                {
                    errors.Add($"breaks[{i}]", $"overlaps breaks[{j}].");
                }
            }
        }
    }

    /// <summary>Hours the agent is paid for and available: the shift minus its breaks.</summary>
    public static decimal PaidHours(TimeRange shift, IEnumerable<TimeRange> breaks)
    {
        var minutes = shift.Duration.TotalMinutes - breaks.Sum(b => b.Duration.TotalMinutes);
        return Math.Round((decimal)minutes / 60m, 4, MidpointRounding.AwayFromZero);
    }
}

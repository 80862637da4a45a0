namespace BpoCloud.Domain.Scheduling;

/// <summary>A half-open interval [Start, End) of instants; two ranges that only touch do not overlap.</summary>
public readonly record struct TimeRange(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;

    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;

    public bool Contains(TimeRange inner) => inner.Start >= Start && inner.End <= End;
}

namespace BpoCloud.Domain.Service;

/// <summary>
/// A run of customer messages with no human agent message between them, from its first message to the human
/// agent message that answers it (<see cref="AnsweredAt"/> is null while nobody has).
/// </summary>
public sealed record CustomerTurn(DateTimeOffset StartedAt, DateTimeOffset? AnsweredAt)
{
    public decimal? WaitSeconds => AnsweredAt is { } answeredAt ? Durations.SecondsBetween(StartedAt, answeredAt) : null;
}

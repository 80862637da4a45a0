namespace BpoCloud.Domain.Service;

/// <summary>A customer's satisfaction rating, <see cref="Score"/> out of <see cref="Scale"/> (5 or 10).</summary>
public readonly record struct CsatRating(int Score, int Scale)
{
    /// <summary>4 of 5 and 8 of 10 are the lowest satisfied ratings.</summary>
    public const decimal SatisfiedShare = 0.8m;

    public bool IsSatisfied => Scale > 0 && (decimal)Score / Scale >= SatisfiedShare;
}

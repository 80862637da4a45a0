using System.Globalization;
using BpoCloud.Domain.Billing;

namespace BpoCloud.Domain.Tests.Billing;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("308.125", "308.13")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("30", "30.00")]
    [InlineData("0.004", "0.00")]
    public void Money_rounds_halves_away_from_zero_and_always_shows_cents(string amount, string expected) =>
        Assert.Equal(expected, Money.Round(decimal.Parse(amount, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
}

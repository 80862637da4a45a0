namespace BpoCloud.Domain.Billing;

/// <summary>The one place money is rounded: to the cent, halves away from zero (as Chinese invoices do).</summary>
public static class Money
{
    /// <summary>The currency the firm pays its agents in.</summary>
    public const string FirmCurrency = "CNY";

    /// <summary>Rounds to the cent and always carries two decimals (30 → 30.00), so JSON shows money as the API promises.</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}

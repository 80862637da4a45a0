namespace BpoCloud.Domain.Billing;

/// <summary>The one place money is rounded: to the cent, halves away from zero (as Chinese invoices do).</summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}

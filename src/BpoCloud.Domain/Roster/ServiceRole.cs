namespace BpoCloud.Domain.Roster;
/// <summary>The three service roles a brand buys: product questions, orders in flight, and returns/complaints.</summary>
public enum ServiceRole { PreSale, InSale, AfterSale }

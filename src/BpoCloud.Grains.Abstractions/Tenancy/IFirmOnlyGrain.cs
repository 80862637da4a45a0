namespace BpoCloud.Grains.Tenancy;

/// <summary>Marks a grain that holds the firm's internal data (agents, their cost, shifts): no brand may call it.</summary>
public interface IFirmOnlyGrain;

using BpoCloud.Domain.Roster;
using BpoCloud.Grains.Roster;
using BpoCloud.Grains.Scheduling;

namespace BpoCloud.Grains.Tests.Infrastructure;

/// <summary>Grain inputs with sensible defaults; tests change only what they are about.</summary>
public static class Drafts
{
    public static string NewId(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    public static BrandDraft Brand(string name = "Acme") =>
        new(name, null, "Asia/Shanghai", "CNY", BrandStatus.Active, [ServiceRole.PreSale, ServiceRole.AfterSale]);

    public static AgentDraft Agent(string brandId, string? employeeNumber = null, decimal hourlyCost = 40m) =>
        new("Li Na", employeeNumber ?? NewId("E"), ContractType.FullTime, hourlyCost, [new AgentSkill(ServiceRole.PreSale, 3)], ["zh"], [brandId], null, AgentStatus.Active);

    public static ShiftDraft Shift(string agentId, string brandId, DateTimeOffset start, double hours = 8) =>
        new(agentId, brandId, null, ServiceRole.PreSale, start, start.AddHours(hours), []);

    public static DateTimeOffset Monday9 => new(2027, 3, 1, 1, 0, 0, TimeSpan.Zero);
}

namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>Request bodies with sensible defaults; tests override what they are about.</summary>
public static class Make
{
    private static int _sequence;

    public static object Brand(string name = "Acme Flagship", string[]? roles = null) =>
        new { name, legalName = "Acme Trading Co., Ltd.", roles = roles ?? ["preSale", "inSale", "afterSale"] };

    public static object Store(string name = "Acme Tmall Store", string platform = "tmall") =>
        new { name, platform, serviceHours = new[] { new { day = "mon", open = "09:00", close = "24:00" } } };

    public static object Agent(string[] certifications, string? employeeNumber = null, string name = "Li Na", decimal hourlyCost = 42.50m) => new
    {
        name,
        employeeNumber = employeeNumber ?? $"E{Interlocked.Increment(ref _sequence):D5}-{Guid.NewGuid().ToString("N")[..6]}",
        contractType = "fullTime",
        hourlyCost,
        skills = new[] { new { role = "preSale", level = 4 }, new { role = "afterSale", level = 2 } },
        languages = new[] { "zh", "en" },
        certifications,
    };

    public static object Shift(string agentId, string brandId, DateTimeOffset start, double hours = 8, string role = "preSale", object[]? breaks = null) => new
    {
        agentId,
        brandId,
        role,
        start,
        end = start.AddHours(hours),
        breaks = breaks ?? [],
    };

    /// <summary>A Monday well in the future, 09:00 China time, so no rule about past shifts ever interferes.</summary>
    public static DateTimeOffset Monday9 => new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
}

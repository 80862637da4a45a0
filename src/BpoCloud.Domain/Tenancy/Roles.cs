namespace BpoCloud.Domain.Tenancy;

/// <summary>Facts about roles the rest of the system asks about.</summary>
public static class Roles
{
    public static bool IsBrandRole(Role role) => role is Role.BrandAdmin or Role.BrandViewer;

    public static bool IsFirmRole(Role role) => !IsBrandRole(role);
}

namespace BpoCloud.Grains.Tenancy;

/// <summary>A grain refused a call made for another tenant. The edge answers it as 404, revealing nothing.</summary>
[GenerateSerializer, Alias("bpo.TenantMismatchException")]
public sealed class TenantMismatchException : Exception
{
    public TenantMismatchException() : base("The call was made for another tenant.") { }

    public TenantMismatchException(string message) : base(message) { }

    public TenantMismatchException(string message, Exception innerException) : base(message, innerException) { }
}

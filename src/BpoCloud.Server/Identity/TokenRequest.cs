using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Identity;

/// <summary>Body of POST /auth/token and /auth/login.</summary>
public sealed record TokenRequest(string? Email, string? Password) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("email", Email, 254);
        errors.RequireText("password", Password, 128);
    }
}

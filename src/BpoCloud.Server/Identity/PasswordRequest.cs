using BpoCloud.Domain.Common;
using BpoCloud.Domain.Identity;

namespace BpoCloud.Server.Identity;

/// <summary>Body of a password reset (by an admin) or change (by the user, who also gives the current one).</summary>
public sealed record PasswordRequest(string? Password, string? CurrentPassword) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => AccountRules.ValidatePassword(errors, "password", Password);
}

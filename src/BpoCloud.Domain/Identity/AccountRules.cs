using BpoCloud.Domain.Common;
using BpoCloud.Domain.Tenancy;

namespace BpoCloud.Domain.Identity;

/// <summary>What a valid account looks like: a plausible email, a password hard enough to guess, a role that fits its brand.</summary>
public static class AccountRules
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;

    public static void ValidateEmail(ValidationErrors errors, string field, string? email)
    {
        errors.RequireText(field, email, 254);
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || !email[(at + 1)..].Contains('.', StringComparison.Ordinal) ||
            email.Any(char.IsWhiteSpace))
        {
            errors.Add(field, "is not an email address.");
        }
    }

    public static void ValidatePassword(ValidationErrors errors, string field, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(field, "is required.");
        }
        else if (password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            errors.Add(field, $"must be {MinPasswordLength} to {MaxPasswordLength} characters.");
        }
        else if (password.Distinct().Count() < 4)
        {
            errors.Add(field, "is too easy to guess.");
        }
    }

    /// <summary>Brand roles need the brand they belong to; firm roles must not have one.</summary>
    public static void ValidateRoleAndBrand(ValidationErrors errors, Role? role, string? brandId)
    {
        errors.RequireDefined("role", role);
        if (role is not { } r || !Enum.IsDefined(r))
        {
            return;
        }
        if (Roles.IsBrandRole(r) && string.IsNullOrEmpty(brandId))
        {
            errors.Add("brandId", "is required for brand roles.");
        }
        if (!Roles.IsBrandRole(r) && !string.IsNullOrEmpty(brandId))
        {
            errors.Add("brandId", "must be empty for firm roles.");
        }
        if (!string.IsNullOrEmpty(brandId) && !EntityIds.IsWellFormed(brandId))
        {
            errors.Add("brandId", "is not a valid id.");
        }
    }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}

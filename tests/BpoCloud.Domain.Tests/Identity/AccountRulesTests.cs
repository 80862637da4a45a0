using BpoCloud.Domain.Common;
using BpoCloud.Domain.Identity;
using BpoCloud.Domain.Tenancy;

namespace BpoCloud.Domain.Tests.Identity;

public sealed class AccountRulesTests
{
    private static ValidationErrors Errors(Action<ValidationErrors> rule)
    {
        var errors = new ValidationErrors();
        rule(errors);
        return errors;
    }

    [Theory]
    [InlineData("li.na@acme.cn", true)]
    [InlineData("no-at-sign", false)]
    [InlineData("two@@acme.cn", false)]
    [InlineData("nodot@acme", false)]
    [InlineData("spa ce@acme.cn", false)]
    public void Emails_must_look_like_addresses(string email, bool valid) =>
        Assert.Equal(valid, Errors(e => AccountRules.ValidateEmail(e, "email", email)).IsEmpty);

    [Theory]
    [InlineData("Correct-Horse-9", true)]
    [InlineData("short-1A", false)]
    [InlineData("aaaaaaaaaaaa", false)]
    public void Passwords_need_ten_characters_and_some_variety(string password, bool valid) =>
        Assert.Equal(valid, Errors(e => AccountRules.ValidatePassword(e, "password", password)).IsEmpty);

    [Fact]
    public void Brand_roles_need_a_brand_and_firm_roles_must_not_have_one()
    {
        Assert.True(Errors(e => AccountRules.ValidateRoleAndBrand(e, Role.BrandViewer, null)).Has("brandId"));
        Assert.True(Errors(e => AccountRules.ValidateRoleAndBrand(e, Role.Finance, "brd_1")).Has("brandId"));
        Assert.True(Errors(e => AccountRules.ValidateRoleAndBrand(e, Role.BrandAdmin, "brd_1")).IsEmpty);
        Assert.True(Errors(e => AccountRules.ValidateRoleAndBrand(e, null, null)).Has("role"));
    }

    [Fact]
    public void Emails_are_compared_lower_cased_and_trimmed() =>
        Assert.Equal("li.na@acme.cn", AccountRules.NormalizeEmail("  Li.Na@ACME.cn "));
}

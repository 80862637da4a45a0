using System.Security.Claims;
using BpoCloud.Storage.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BpoCloud.Server.Identity;

/// <summary>Issues the bearer tokens of POST /auth/token and builds the same claims for cookie sign-in.</summary>
public sealed class TokenService(SigningKeyProvider keys, IConfiguration configuration, TimeProvider clock)
{
    public const string Issuer = "bpocloud";
    public const string Audience = "bpocloud-api";

    public TimeSpan Lifetime => TimeSpan.FromMinutes(configuration.GetValue("Auth:TokenLifetimeMinutes", 60));

    public (string Token, DateTimeOffset ExpiresAt) Issue(UserRecord user)
    {
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(ClaimsFor(user)),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    public static IEnumerable<Claim> ClaimsFor(UserRecord user)
    {
        yield return new Claim(CallerClaims.Subject, user.Id);
        yield return new Claim(CallerClaims.Name, user.DisplayName);
        yield return new Claim(CallerClaims.Role, Policies.RoleName(user.Role));
        yield return new Claim(CallerClaims.Kind, CallerClaims.KindUser);
        if (user.BrandId is not null)
        {
            yield return new Claim(CallerClaims.Brand, user.BrandId);
        }
        if (user.AgentId is not null)
        {
            yield return new Claim(CallerClaims.Agent, user.AgentId);
        }
    }
}

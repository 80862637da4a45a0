using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using BpoCloud.Storage.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BpoCloud.Server.Identity;

/// <summary>
/// Authenticates a brand's machine client by its X-Api-Key. The principal is of kind "apiKey" with the
/// brand claim and no role, so it passes only the ingestion policy and nothing a person can do; ingestion
/// itself refuses a suspended or offboarded brand. Revocation is immediate: every request looks the key up.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SqlApiKeyStore keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(presented))
        {
            return AuthenticateResult.NoResult();
        }
        var key = presented.Length <= 200 ? await keys.FindByHash(Hash(presented)) : null;
        if (key is null || key.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        var identity = new ClaimsIdentity(
            [
                new Claim(CallerClaims.Subject, key.Id),
                new Claim(CallerClaims.Name, $"api key {key.Prefix}"),
                new Claim(CallerClaims.Kind, CallerClaims.KindApiKey),
                new Claim(CallerClaims.Brand, key.BrandId),
            ],
            SchemeName, CallerClaims.Name, CallerClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

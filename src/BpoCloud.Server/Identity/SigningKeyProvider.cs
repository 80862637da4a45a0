using BpoCloud.Storage.Identity;
using Microsoft.IdentityModel.Tokens;

namespace BpoCloud.Server.Identity;

/// <summary>
/// The key that signs access tokens. Auth:SigningKey (base64, ≥ 32 bytes) when configured; otherwise one
/// is generated once and kept in the database, so every server of a cluster signs and checks with the same key.
/// </summary>
public sealed class SigningKeyProvider(IConfiguration configuration, SqlSettingStore settings)
{
    private SymmetricSecurityKey? _key;

    public SymmetricSecurityKey Key => _key ??= Load();

    private SymmetricSecurityKey Load()
    {
        var configured = configuration["Auth:SigningKey"];
        var base64 = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : settings.GetOrAdd("jwt-signing-key", () => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)))
                .GetAwaiter().GetResult();
        var bytes = Convert.FromBase64String(base64);
        return bytes.Length >= 32
            ? new SymmetricSecurityKey(bytes)
            : throw new InvalidOperationException("Auth:SigningKey must be base64 of at least 32 bytes.");
    }
}

namespace BpoCloud.Server.Identity;

/// <summary>The claims BpoCloud puts in tokens and cookies, and reads back on every request.</summary>
public static class CallerClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Brand = "brand";
    public const string Agent = "agent";

    /// <summary>"user" for people, "apiKey" for a brand's ingestion key: an API key is never a user.</summary>
    public const string Kind = "kind";
    public const string KindUser = "user";
    public const string KindApiKey = "apiKey";
}

using System.Threading.RateLimiting;
using BpoCloud.Storage.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace BpoCloud.Server.Identity;

/// <summary>
/// Sign-in for three kinds of caller: bearer tokens (API clients), a cookie (the web UI) and brand API keys
/// (machine ingestion). One policy scheme picks the handler from what the request carries.
/// </summary>
public static class IdentityExtensions
{
    public const string CallerScheme = "BpoCloud";
    public const string SignInRateLimit = "sign-in";

    public static IHostApplicationBuilder AddBpoCloudIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMemoryCache();
        services.AddSingleton<SqlUserStore>();
        services.AddSingleton<SqlApiKeyStore>();
        services.AddSingleton<SqlSettingStore>();
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<CallerValidator>();
        services.AddSingleton<Accounts>();
        services.AddHostedService<BootstrapAdminService>();
        services.AddDataProtection().SetApplicationName("bpocloud");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<SqlXmlRepository>()));
        services.AddSingleton<SqlXmlRepository>();

        services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "Bearer, API key or cookie", o => o.ForwardDefaultSelector = Select)
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenService.Issuer,
                    ValidAudience = TokenService.Audience,
                    NameClaimType = CallerClaims.Name,
                    RoleClaimType = CallerClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                o.Events = new JwtBearerEvents { OnTokenValidated = Revalidate };
            })
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "bpocloud";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                // An API answers 401/403, never a redirect to a login page.
                o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = 401; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = 403; return Task.CompletedTask; };
                o.Events.OnValidatePrincipal = async c =>
                {
                    if (c.Principal is null || await c.HttpContext.RequestServices.GetRequiredService<CallerValidator>().Problem(c.Principal) is not null)
                    {
                        c.RejectPrincipal();
                    }
                };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyProvider>((o, keys) => o.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key]);

        services.AddAuthorization(Policies.Add);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = builder.Configuration.GetValue("Auth:SignInAttemptsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails { Status = 429, Title = "Too many sign-in attempts", Detail = "Wait a minute before trying again." },
                });
            };
        });
        return builder;
    }

    private static string Select(HttpContext http)
    {
        if (http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }
        var authorization = http.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? JwtBearerDefaults.AuthenticationScheme
            : CookieAuthenticationDefaults.AuthenticationScheme;
    }

    private static async Task Revalidate(TokenValidatedContext context)
    {
        var problem = context.Principal is null
            ? "No caller."
            : await context.HttpContext.RequestServices.GetRequiredService<CallerValidator>().Problem(context.Principal);
        if (problem is not null)
        {
            context.Fail(problem);
        }
    }
}

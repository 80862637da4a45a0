using System.Security.Cryptography;
using System.Text;
using BpoCloud.Storage.Service;

namespace BpoCloud.Server.Service;

/// <summary>
/// Sends alert webhooks from the outbox: each delivery is claimed (a lease, so two servers never send it at once),
/// POSTed with an HMAC-SHA256 signature of the body (X-BpoCloud-Signature: sha256=…, keyed by the rule's secret) and
/// marked delivered on a 2xx. Failures retry with exponential backoff (2 s, 4 s, … up to 10 min) and give up after
/// 12 attempts. A receiver de-duplicates with X-BpoCloud-Delivery if a crash ever lands between its 2xx and our mark.
/// </summary>
public sealed class AlertWebhookDispatcher(
    SqlAlertStore alerts, IHttpClientFactory http, TimeProvider clock, IConfiguration configuration, ILogger<AlertWebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "alert-webhooks";
    public const int MaxAttempts = 12;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(configuration.GetValue("Alerts:DispatchMilliseconds", 1000)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SendDue(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Alert webhook dispatch failed; next tick retries");
            }
        }
    }

    /// <summary>Sends whatever is due now; returns how many were delivered.</summary>
    public async Task<int> SendDue(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var delivery in await alerts.ClaimDue(clock.GetUtcNow(), Lease, 50))
        {
            delivered += await Send(delivery, cancellationToken) ? 1 : 0;
        }
        return delivered;
    }

    public static string Signature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private async Task<bool> Send(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        string error;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-BpoCloud-Signature", Signature(delivery.Secret, delivery.Payload));
            request.Headers.Add("X-BpoCloud-Delivery", delivery.Id);
            request.Headers.Add("X-BpoCloud-Event", delivery.Kind);
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                await alerts.Delivered(delivery.Id, clock.GetUtcNow());
                logger.LogInformation("Delivered {Kind} {DeliveryId} for {TenantId}", delivery.Kind, delivery.Id, delivery.BrandId);
                return true;
            }
            error = $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            error = e.Message;
        }
        var attempt = delivery.Attempts + 1;
        var wait = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, attempt)));
        var now = clock.GetUtcNow();
        await alerts.Failed(delivery.Id, now + wait, attempt >= MaxAttempts, error, now);
        logger.LogWarning("Webhook {DeliveryId} for {TenantId} failed ({Error}); attempt {Attempt} of {Max}", delivery.Id, delivery.BrandId, error, attempt, MaxAttempts);
        return false;
    }
}

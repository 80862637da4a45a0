using BpoCloud.Server.Extensions;
using BpoCloud.Server.Audit;
using BpoCloud.Server.Health;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Service;
using BpoCloud.Server.Tenancy;

var builder = WebApplication.CreateBuilder(args);
var storage = builder.Configuration.ReadStorageSettings();
if (string.IsNullOrEmpty(builder.Configuration["Urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.AddBpoCloudLogging();
builder.AddBpoCloudStorage(storage);
builder.AddBpoCloudSilo(storage);
builder.AddBpoCloudIdentity();
builder.AddBpoCloudTenancy();
builder.AddBpoCloudAudit();
builder.AddBpoCloudService();
builder.AddBpoCloudApi();
builder.AddBpoCloudHealth();
builder.Services.AddSingleton(TimeProvider.System);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseBpoCloudRequestLogging();
app.UseRouting();
app.UseAuthentication();
app.UseBpoCloudTenancy();
app.UseAuthorization();
app.UseRateLimiter();
app.MapBpoCloudHealth();
app.MapBpoCloudOpenApi();
app.MapBpoCloudApiV1();

app.Run();

/// <summary>Visible to tests, which start the real server with WebApplicationFactory.</summary>
public partial class Program;

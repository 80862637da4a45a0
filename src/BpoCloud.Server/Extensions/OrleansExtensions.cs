using System.Net;
using BpoCloud.Storage.Common;
using Orleans.Configuration;

namespace BpoCloud.Server.Extensions;

/// <summary>
/// Co-hosts the Orleans silo in the web server. Embedded mode (SQLite): a one-silo localhost cluster with
/// grain state and reminders in the SQLite file. Production (PostgreSQL): membership, grain state and
/// reminders in PostgreSQL, so any number of identical servers form one cluster.
/// </summary>
public static class OrleansExtensions
{
    public static WebApplicationBuilder AddBpoCloudSilo(this WebApplicationBuilder builder, StorageSettings storage)
    {
        var config = builder.Configuration;
        var siloPort = config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
        var gatewayPort = config.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        var clusterId = config["Orleans:ClusterId"] ?? "bpocloud";
        var serviceId = config["Orleans:ServiceId"] ?? "bpocloud";

        builder.UseOrleans(silo =>
        {
            if (storage.Provider == StorageProvider.Sqlite)
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: serviceId, clusterId: clusterId);
            }
            else
            {
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, serviceId));
                silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (storage.OrleansInvariant, storage.ConnectionString));
                // Containers must listen on every interface; a loopback-only test or benchmark can say false.
                silo.ConfigureEndpoints(AdvertisedAddress(config), siloPort, gatewayPort,
                    listenOnAnyHostAddress: config.GetValue("Orleans:ListenOnAnyHostAddress", true));
                // How fast a dead server is noticed (probe timeouts, missed probes) can be tuned per deployment.
                silo.Configure<ClusterMembershipOptions>(config.GetSection("Orleans:Membership"));
            }
            silo.AddBpoCloudStorage(storage);
        });
        return builder;
    }

    private static IPAddress AdvertisedAddress(IConfiguration config)
    {
        var configured = config["Orleans:AdvertisedIP"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return IPAddress.Parse(configured);
        }
        return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            ?? IPAddress.Loopback;
    }
}

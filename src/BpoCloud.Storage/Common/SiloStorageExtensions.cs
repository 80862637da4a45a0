using BpoCloud.Grains.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Grains.Tenancy;
using BpoCloud.Grains.Service;
using BpoCloud.Storage.Roster;
using BpoCloud.Storage.Service;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Storage;

namespace BpoCloud.Storage.Common;

/// <summary>
/// What every BpoCloud silo needs from storage, in one place for the server and the grain tests alike:
/// grain state and reminders through Orleans' ADO.NET providers (binary Orleans serialization, so the
/// [Id]/[Alias] attributes keep stored state readable across renames), the read models, and the tenant guard.
/// </summary>
public static class SiloStorageExtensions
{
    public static ISiloBuilder AddBpoCloudStorage(this ISiloBuilder silo, StorageSettings storage)
    {
        silo.AddAdoNetGrainStorage(StorageNames.Grains, o =>
        {
            o.Invariant = storage.OrleansInvariant;
            o.ConnectionString = storage.ConnectionString;
        });
        silo.Services.AddSingleton<OrleansGrainStorageSerializer>();
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.Grains)
            .Configure<IServiceProvider>((o, sp) => o.GrainStorageSerializer = sp.GetRequiredService<OrleansGrainStorageSerializer>());
        silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (storage.OrleansInvariant, storage.ConnectionString));
        silo.Services.TryAddSingleton(storage);
        silo.Services.TryAddSingleton<Database>();
        silo.Services.TryAddSingleton<IRosterReadModel, SqlRosterReadModel>();
        silo.Services.TryAddSingleton<SqlSlaStore>();
        silo.Services.TryAddSingleton<IKpiProjectionStore, SqlKpiProjectionStore>();
        silo.Services.TryAddSingleton<SqlKpiQueries>();
        silo.Services.TryAddSingleton<SqlAlertStore>();
        silo.Services.TryAddSingleton<IAlertStore>(sp => sp.GetRequiredService<SqlAlertStore>());
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.AddIncomingGrainCallFilter<TenantGuardFilter>();
        return silo;
    }
}

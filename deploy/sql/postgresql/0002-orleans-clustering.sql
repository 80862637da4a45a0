-- BpoCloud schema, PostgreSQL 15: 0002 - Orleans cluster membership
--
-- Used by UseAdoNetClustering (Invariant "Npgsql") for multi-silo
-- deployments. Orleans keeps one row per silo incarnation plus one version
-- row per cluster (DeploymentId = ClusterOptions.ClusterId). Every change to
-- the membership rows that Orleans makes through Insert/Update must be
-- accompanied by a bump of that version, and succeeds only if the caller
-- presents the version it last read (optimistic concurrency on the whole
-- table). IAmAlive heartbeats and clean-ups are exempt from the version.
--
-- Silo status values used below (Orleans.Runtime.SiloStatus):
--   3 = Active, 6 = Dead.

CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    -- Informational: when the version last changed.
    Timestamp    timestamptz  NOT NULL DEFAULT now(),
    -- Table-wide ETag handed out with every read.
    Version      integer      NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId)
);

CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    -- A silo incarnation is identified by endpoint plus generation.
    Address      varchar(45)  NOT NULL,
    Port         integer      NOT NULL,
    Generation   integer      NOT NULL,
    SiloName     varchar(150) NOT NULL,
    HostName     varchar(150) NOT NULL,
    Status       integer      NOT NULL,
    -- Gateway port; 0 when the silo does not accept clients.
    ProxyPort    integer      NOT NULL,
    -- Suspicion votes as written by Orleans: "silo,date|silo,date|...".
    SuspectTimes text         NULL,
    StartTime    timestamptz  NOT NULL,
    IAmAliveTime timestamptz  NOT NULL,

    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_OrleansMembershipTable_Version FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Inserts a new silo row if, and only if, the cluster version still equals
-- p_expected_version. Returns 1 when the row was added and the version
-- bumped, 0 when nothing was changed (stale version or row already there).
-- The version row is locked first, so concurrent membership writers are
-- serialised and a loser sees the bumped version and gets 0.
CREATE FUNCTION orleans_membership_insert(
    p_deployment_id    text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_silo_name        text,
    p_host_name        text,
    p_status           integer,
    p_proxy_port       integer,
    p_start_time       timestamptz,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
BEGIN
    PERFORM 1
    FROM OrleansMembershipVersionTable
    WHERE DeploymentId = p_deployment_id
      AND Version = p_expected_version
    FOR UPDATE;

    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName,
         Status, ProxyPort, SuspectTimes, StartTime, IAmAliveTime)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
         p_status, p_proxy_port, NULL, p_start_time, p_i_am_alive_time)
    ON CONFLICT DO NOTHING;

    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1,
        Timestamp = now()
    WHERE DeploymentId = p_deployment_id;

    RETURN 1;
END
$fn$;

-- Updates status, suspicion votes and heartbeat of an existing silo row if,
-- and only if, the cluster version still equals p_expected_version.
-- Returns 1 on success (version bumped), 0 when nothing was changed.
CREATE FUNCTION orleans_membership_update(
    p_deployment_id    text,
    p_address          text,
    p_port             integer,
    p_generation       integer,
    p_status           integer,
    p_suspect_times    text,
    p_i_am_alive_time  timestamptz,
    p_expected_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
BEGIN
    PERFORM 1
    FROM OrleansMembershipVersionTable
    WHERE DeploymentId = p_deployment_id
      AND Version = p_expected_version
    FOR UPDATE;

    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipTable
    SET Status = p_status,
        SuspectTimes = p_suspect_times,
        IAmAliveTime = p_i_am_alive_time
    WHERE DeploymentId = p_deployment_id
      AND Address = p_address
      AND Port = p_port
      AND Generation = p_generation;

    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1,
        Timestamp = now()
    WHERE DeploymentId = p_deployment_id;

    RETURN 1;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Creates the cluster's version row on first start.
-- In: @DeploymentId. Out: one row, one column: 1 if created, 0 if it existed.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS Created FROM created;
$q$),

-- Adds this silo's row (version-checked, see orleans_membership_insert).
-- In: @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
--     @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version.
-- Out: one row, one column, 1 = inserted, 0 = not inserted.
('InsertMembershipKey', $q$
SELECT orleans_membership_insert(
    @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
    @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS Succeeded;
$q$),

-- Changes a silo's status / suspicions (version-checked).
-- In: @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
--     @IAmAliveTime, @Version.
-- Out: one row, one column, 1 = updated, 0 = not updated.
('UpdateMembershipKey', $q$
SELECT orleans_membership_update(
    @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
    @IAmAliveTime, @Version) AS Succeeded;
$q$),

-- Heartbeat. Deliberately not version-checked and not version-bumping.
-- In: @DeploymentId, @Address, @Port, @Generation, @IAmAliveTime. No result.
('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId
  AND Address = @Address
  AND Port = @Port
  AND Generation = @Generation;
$q$),

-- Reads one silo row together with the cluster version. The version row
-- drives the query, so exactly one row comes back even when the silo row is
-- missing (its columns are then NULL, which Orleans reads as "no entry").
-- In: @DeploymentId, @Address, @Port, @Generation.
('MembershipReadRowKey', $q$
SELECT
    v.DeploymentId,
    m.Address,
    m.Port,
    m.Generation,
    m.SiloName,
    m.HostName,
    m.Status,
    m.ProxyPort,
    m.SuspectTimes,
    m.StartTime,
    m.IAmAliveTime,
    v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address
      AND m.Port = @Port
      AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$q$),

-- Reads all silo rows of the cluster, each carrying the cluster version;
-- one all-NULL silo row when the cluster has no silos yet.
-- In: @DeploymentId.
('MembershipReadAllKey', $q$
SELECT
    v.DeploymentId,
    m.Address,
    m.Port,
    m.Generation,
    m.SiloName,
    m.HostName,
    m.Status,
    m.ProxyPort,
    m.SuspectTimes,
    m.StartTime,
    m.IAmAliveTime,
    v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$q$),

-- Gateways for clients: silos in the requested status (Active) that expose a
-- proxy port. In: @DeploymentId, @Status. Out: Address, ProxyPort, Generation.
('GatewaysQueryKey', $q$
SELECT
    Address,
    ProxyPort,
    Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status = @Status
  AND ProxyPort > 0;
$q$),

-- Drops the whole cluster (used by tests and tooling). In: @DeploymentId.
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable
WHERE DeploymentId = @DeploymentId;
$q$),

-- Required bulk clean-up of defunct silos: removes rows that are not Active
-- and whose last heartbeat is older than the cut-off.
-- In: @DeploymentId, @IAmAliveTime (cut-off). No result.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND IAmAliveTime < @IAmAliveTime
  AND Status <> 3;
$q$),

-- Optional per-row clean-up (Orleans 10.4 uses it instead of the bulk query
-- when present). Orleans reads the table, picks Dead rows older than its
-- cut-off and asks to delete each one, passing the values it saw. The row is
-- removed only if it is still Dead and unchanged since that read, so a row
-- touched in the meantime survives until the next round.
-- In: @DeploymentId, @Address, @Port, @Generation, @StartTime,
--     @IAmAliveTime, @SuspectTimes (NULL when there were no votes).
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Address = @Address
  AND Port = @Port
  AND Generation = @Generation
  AND Status = 6
  AND StartTime = @StartTime
  AND IAmAliveTime = @IAmAliveTime
  AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$);

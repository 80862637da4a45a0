-- BpoCloud schema, PostgreSQL 15: 0003 - Orleans grain state storage
--
-- Used by AddAdoNetGrainStorage (Invariant "Npgsql"). One row holds the
-- serialized state of one grain for one service:
--
--   identity : ServiceId + grain type + grain id (N0, N1 and the optional
--              string extension). The provider also passes 32-bit hashes of
--              the grain id and type; they lead the index so look-ups stay
--              narrow, and the clear-text columns resolve hash collisions.
--   Version  : the ETag. Orleans hands back the version it last saw and a
--              write only succeeds when it still matches. The first write
--              (no ETag) creates the row with version 1; every successful
--              write or clear adds 1.
--
-- How the provider reads the answers of WriteToStorageKey / ClearStorageKey
-- / DeleteStorageKey (one value, NewGrainStateVersion):
--   new version                 -> success, becomes the grain's ETag;
--   the version that was sent   -> conflict, InconsistentStateException;
--   NULL                        -> conflict as well;
--   no row at all               -> conflict if an ETag was sent.

CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    -- Serialized state; NULL after a clear (when rows are kept on clear).
    PayloadBinary          bytea        NULL,
    -- Informational only.
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),
    Version                integer      NOT NULL
);

-- One row per grain identity. NULLS NOT DISTINCT (PostgreSQL 15) makes a
-- missing key extension count as a value, so two concurrent first writes of
-- the same grain cannot both insert: the loser hits the conflict clause of
-- WriteToStorageKey and reports a version conflict. The hashes come first
-- so the index also serves every look-up below.
CREATE UNIQUE INDEX UX_OrleansStorage_Grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1,
                       GrainTypeString, GrainIdExtensionString, ServiceId)
    NULLS NOT DISTINCT;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Reads the state. Out: PayloadBinary, Version; no row if never written.
-- In: @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
--     @GrainTypeString, @GrainIdExtensionString, @ServiceId.
('ReadFromStorageKey', $q$
SELECT
    PayloadBinary,
    Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND ServiceId = @ServiceId;
$q$),

-- Writes the state in one statement (so it is atomic on its own):
--   @GrainStateVersion given : update the row whose Version still equals it;
--                              answer Version + 1, else the sent version.
--   @GrainStateVersion NULL  : insert with Version 1; if the row already
--                              exists the insert is skipped and the answer
--                              is NULL (the caller never read that row).
-- A concurrent writer on the same row is waited for and then re-checked by
-- PostgreSQL, so a stale version can never overwrite a newer one.
-- In: the identity parameters above, @GrainStateVersion, @PayloadBinary.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary,
        ModifiedOn = now(),
        Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion
    RETURNING Version
),
inserted AS (
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
         GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @PayloadBinary, now(), 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING Version
)
SELECT COALESCE(
           (SELECT Version FROM updated),
           (SELECT Version FROM inserted),
           @GrainStateVersion) AS NewGrainStateVersion;
$q$),

-- Clears the state but keeps the row (default): payload set to NULL and the
-- version moves on, guarded by the same version check as a write.
-- Out: the new version; the sent version on conflict; no row when no
-- version was sent. In: identity parameters, @GrainStateVersion.
('ClearStorageKey', $q$
WITH cleared AS (
    UPDATE OrleansStorage
    SET PayloadBinary = NULL,
        ModifiedOn = now(),
        Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion
    RETURNING Version
)
SELECT COALESCE((SELECT Version FROM cleared), @GrainStateVersion) AS NewGrainStateVersion
WHERE @GrainStateVersion IS NOT NULL;
$q$),

-- Clear with DeleteStateOnClear = true: the row is removed. The answer is
-- the version the row would have had (sent version + 1) so the provider's
-- conflict check works; the provider then resets the grain's ETag to NULL
-- and the next write inserts afresh with version 1.
-- Out/In: as ClearStorageKey.
('DeleteStorageKey', $q$
WITH deleted AS (
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NextVersion
)
SELECT COALESCE((SELECT NextVersion FROM deleted), @GrainStateVersion) AS NewGrainStateVersion
WHERE @GrainStateVersion IS NOT NULL;
$q$);

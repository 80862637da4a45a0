-- BpoCloud schema, SQLite (embedded mode): 0003 - Orleans grain state storage
--
-- Used by AddAdoNetGrainStorage with Invariant "System.Data.SQLite" (Orleans
-- maps that name to Microsoft.Data.Sqlite). Same contract as the PostgreSQL
-- script: one row per grain identity (ServiceId + grain type + grain id
-- N0/N1 + optional string extension, led by the two hashes the provider
-- computes), Version is the ETag, the first write creates version 1 and each
-- successful write or clear adds 1.
--
-- How the provider reads the single value NewGrainStateVersion answered by
-- the write / clear / delete queries:
--   new version               -> success, becomes the grain's ETag;
--   the version that was sent -> conflict, InconsistentStateException;
--   NULL                      -> conflict as well;
--   no row at all             -> conflict if an ETag was sent.
--
-- Every write below is one atomic statement followed by a read-only SELECT
-- that turns changes() into the answer; see 0001 for why no query opens an
-- explicit transaction.

CREATE TABLE OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    ServiceId              TEXT    NOT NULL,
    -- Serialized state; NULL after a clear (when rows are kept on clear).
    PayloadBinary          BLOB    NULL,
    -- Informational only (UTC, text).
    ModifiedOn             TEXT    NOT NULL,
    Version                INTEGER NOT NULL
);

-- One row per grain identity, and the conflict target of WriteToStorageKey.
-- SQLite treats NULLs as distinct in unique indexes, so the key extension
-- goes through IFNULL(..., X''): a missing extension becomes an empty BLOB,
-- which compares unequal to every TEXT value, including the empty string.
-- The hashes come first so the index also serves every look-up below.
CREATE UNIQUE INDEX UX_OrleansStorage_Grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1,
                       GrainTypeString, IFNULL(GrainIdExtensionString, X''), ServiceId);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Reads the state. Out: PayloadBinary, Version; no row if never written.
-- In: @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
--     @GrainTypeString, @GrainIdExtensionString, @ServiceId.
('ReadFromStorageKey', '
SELECT
    PayloadBinary,
    Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId;
'),

-- Writes the state. The first statement is an upsert that does at most one
-- of these, atomically:
--   * no version sent and no row yet      -> insert with Version 1;
--   * no version sent but the row exists  -> nothing (DO UPDATE is guarded
--                                            by Version = NULL, never true);
--   * version sent and it is still current -> update, Version + 1;
--   * version sent but stale or no row     -> nothing.
-- The insert is only attempted when no version was sent or the row exists
-- (to reach the DO UPDATE branch), so a stale ETag never re-creates a row.
-- The SELECT then answers: changes() > 0 -> sent version + 1 (or 1 for an
-- insert); otherwise the sent version, i.e. a conflict (NULL when none sent).
-- In: identity parameters, @GrainStateVersion, @PayloadBinary.
('WriteToStorageKey', '
INSERT INTO OrleansStorage
    (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
     GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
SELECT
    @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
    @GrainIdExtensionString, @ServiceId, @PayloadBinary,
    strftime(''%Y-%m-%d %H:%M:%f'', ''now''), 1
WHERE @GrainStateVersion IS NULL
   OR EXISTS (
        SELECT 1
        FROM OrleansStorage
        WHERE GrainIdHash = @GrainIdHash
          AND GrainTypeHash = @GrainTypeHash
          AND GrainIdN0 = @GrainIdN0
          AND GrainIdN1 = @GrainIdN1
          AND GrainTypeString = @GrainTypeString
          AND GrainIdExtensionString IS @GrainIdExtensionString
          AND ServiceId = @ServiceId)
ON CONFLICT (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1,
             GrainTypeString, IFNULL(GrainIdExtensionString, X''''), ServiceId)
DO UPDATE SET
    PayloadBinary = excluded.PayloadBinary,
    ModifiedOn = excluded.ModifiedOn,
    Version = OrleansStorage.Version + 1
WHERE OrleansStorage.Version = @GrainStateVersion;

SELECT CASE
           WHEN changes() > 0 THEN IFNULL(@GrainStateVersion + 1, 1)
           ELSE @GrainStateVersion
       END AS NewGrainStateVersion;
'),

-- Clears the state but keeps the row (default): payload set to NULL and the
-- version moves on, guarded by the version check.
-- Out: the new version; the sent version on conflict; no row when no
-- version was sent. In: identity parameters, @GrainStateVersion.
('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    ModifiedOn = strftime(''%Y-%m-%d %H:%M:%f'', ''now''),
    Version = Version + 1
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion;

SELECT CASE
           WHEN changes() > 0 THEN @GrainStateVersion + 1
           ELSE @GrainStateVersion
       END AS NewGrainStateVersion
WHERE @GrainStateVersion IS NOT NULL;
'),

-- Clear with DeleteStateOnClear = true: the row is removed. The answer is
-- the version the row would have had (sent version + 1) so the provider's
-- conflict check works; the provider then resets the grain's ETag to NULL
-- and the next write inserts afresh with version 1.
-- Out/In: as ClearStorageKey.
('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion;

SELECT CASE
           WHEN changes() > 0 THEN @GrainStateVersion + 1
           ELSE @GrainStateVersion
       END AS NewGrainStateVersion
WHERE @GrainStateVersion IS NOT NULL;
');

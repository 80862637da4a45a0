-- BpoCloud schema, PostgreSQL 15: 0004 - Orleans reminders
--
-- Used by UseAdoNetReminderService (Invariant "Npgsql"). One row per
-- reminder of a grain within a service. Version is the reminder's ETag: it
-- starts at 0 on creation and grows by 1 on every re-registration; removal
-- only succeeds with the current ETag.
--
-- GrainHash is the grain's uniform hash (a uint32 passed as a signed int).
-- Silos own ranges of the hash ring and load "their" reminders with
-- ReadRangeRows1Key / ReadRangeRows2Key. The provider picks the query by
-- comparing the bounds as SIGNED integers, and the column is compared as a
-- signed integer here too, so the two always agree:
--   Rows1: begin < end (signed) -> the range (begin, end]
--   Rows2: otherwise            -> the range wraps: (begin, max] + [min, end]
-- (begin = end therefore means the whole ring.)

CREATE TABLE OrleansRemindersTable
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      varchar(512) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    -- First due time (UTC).
    StartTime    timestamptz  NOT NULL,
    -- Interval in milliseconds.
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,

    CONSTRAINT PK_OrleansRemindersTable PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Range scans by the owning silo.
CREATE INDEX IX_OrleansRemindersTable_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Creates or replaces a reminder. Out: one row with the new Version.
-- In: @ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash.
('UpsertReminderRowKey', $q$
INSERT INTO OrleansRemindersTable AS r
    (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = EXCLUDED.StartTime,
    Period = EXCLUDED.Period,
    GrainHash = EXCLUDED.GrainHash,
    Version = r.Version + 1
RETURNING r.Version AS Version;
$q$),

-- All reminders of one grain. In: @ServiceId, @GrainId.
-- Out (all reminder reads): GrainId, ReminderName, StartTime, Period, Version.
('ReadReminderRowsKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId;
$q$),

-- One reminder. In: @ServiceId, @GrainId, @ReminderName.
('ReadReminderRowKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
  AND ReminderName = @ReminderName;
$q$),

-- Non-wrapping hash range (begin, end]. In: @ServiceId, @BeginHash, @EndHash.
('ReadRangeRows1Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash
  AND GrainHash <= @EndHash;
$q$),

-- Wrapping hash range: above begin or up to end. Same parameters.
('ReadRangeRows2Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),

-- Removes a reminder if its ETag still matches.
-- In: @ServiceId, @GrainId, @ReminderName, @Version.
-- Out: one row, one column, 1 = removed, 0 = not found / stale ETag.
('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId
      AND ReminderName = @ReminderName
      AND Version = @Version
    RETURNING 1
)
SELECT count(*)::integer AS Removed FROM removed;
$q$),

-- Removes every reminder of the service (tests and tooling). In: @ServiceId.
('DeleteReminderRowsKey', $q$
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId;
$q$);

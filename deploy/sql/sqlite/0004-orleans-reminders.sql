-- BpoCloud schema, SQLite (embedded mode): 0004 - Orleans reminders
--
-- Used by UseAdoNetReminderService with Invariant "System.Data.SQLite"
-- (mapped by Orleans to Microsoft.Data.Sqlite). Same contract as the
-- PostgreSQL script: one row per reminder of a grain within a service;
-- Version is the reminder's ETag, 0 on creation, +1 on every
-- re-registration; removal only succeeds with the current ETag.
--
-- GrainHash holds the grain's uint32 ring hash as the signed 32-bit value
-- the provider binds. The provider picks ReadRangeRows1Key when
-- begin < end as SIGNED integers and ReadRangeRows2Key otherwise; the
-- comparisons below are signed as well, so both sides agree:
--   Rows1: the range (begin, end];  Rows2: the wrapping range.
--
-- StartTime is stored as the text Microsoft.Data.Sqlite writes for a
-- DateTime parameter ("yyyy-MM-dd HH:mm:ss.FFFFFFF", UTC) and parsed back
-- by it on read. Writes are single statements (see 0001).

CREATE TABLE OrleansRemindersTable
(
    ServiceId    TEXT    NOT NULL,
    GrainId      TEXT    NOT NULL,
    ReminderName TEXT    NOT NULL,
    -- First due time (UTC, text as described above).
    StartTime    TEXT    NOT NULL,
    -- Interval in milliseconds.
    Period       INTEGER NOT NULL,
    GrainHash    INTEGER NOT NULL,
    Version      INTEGER NOT NULL,

    CONSTRAINT PK_OrleansRemindersTable PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Range scans by the owning silo.
CREATE INDEX IX_OrleansRemindersTable_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Creates or replaces a reminder in one statement. Out: the new Version.
-- In: @ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash.
('UpsertReminderRowKey', '
INSERT INTO OrleansRemindersTable
    (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = excluded.StartTime,
    Period = excluded.Period,
    GrainHash = excluded.GrainHash,
    Version = OrleansRemindersTable.Version + 1
RETURNING Version;
'),

-- All reminders of one grain. In: @ServiceId, @GrainId.
-- Out (all reminder reads): GrainId, ReminderName, StartTime, Period, Version.
('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId;
'),

-- One reminder. In: @ServiceId, @GrainId, @ReminderName.
('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
  AND ReminderName = @ReminderName;
'),

-- Non-wrapping hash range (begin, end]. In: @ServiceId, @BeginHash, @EndHash.
('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash
  AND GrainHash <= @EndHash;
'),

-- Wrapping hash range: above begin or up to end. Same parameters.
('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
'),

-- Removes a reminder if its ETag still matches.
-- In: @ServiceId, @GrainId, @ReminderName, @Version.
-- Out: one row, one column, 1 = removed, 0 = not found / stale ETag.
('DeleteReminderRowKey', '
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainId = @GrainId
  AND ReminderName = @ReminderName
  AND Version = @Version;

SELECT changes() AS Removed;
'),

-- Removes every reminder of the service (tests and tooling). In: @ServiceId.
('DeleteReminderRowsKey', '
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId;
');

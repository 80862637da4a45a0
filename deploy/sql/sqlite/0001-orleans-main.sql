-- BpoCloud schema, SQLite (embedded mode): 0001 - Orleans query catalogue
--
-- The Orleans ADO.NET providers (grain persistence and reminders in embedded
-- mode; clustering is localhost-only there, so there is no 0002 for SQLite)
-- load their SQL from this table at start-up with the fixed statement
--
--     SELECT QueryKey, QueryText FROM OrleansQuery
--
-- and then execute the text stored under the query keys they know. The
-- table and column names are fixed by Orleans; the rest is ours as long as
-- each query keeps its contract (parameters bound by name as @Name, results
-- read by column name, one-row/one-column answers where a count or version
-- is expected).
--
-- Notes that apply to all SQLite query texts in 0003 and 0004:
--
--   * The providers open a pooled Microsoft.Data.Sqlite connection per call
--     and run the text without an ADO.NET transaction. A pooled connection
--     is NOT rolled back when it goes back to the pool, so a query text that
--     opened a transaction with BEGIN and failed half-way would leave a
--     connection holding the write lock. For that reason every write is
--     expressed as ONE atomic data-changing statement (autocommit), never
--     as BEGIN ... read ... write ... COMMIT. A single write statement takes
--     the write lock before it reads, so concurrent writers cannot run into
--     the deferred-transaction lock upgrade deadlock; contention only
--     produces SQLITE_BUSY, which Microsoft.Data.Sqlite retries until the
--     command timeout expires.
--   * Where the provider needs to know whether the write happened, a
--     read-only SELECT follows on the same connection and uses changes(),
--     which reports the rows changed by the statement just before it.
--   * WAL journal mode is a property of the database file and cannot be
--     switched inside the migrator's transaction; the application enables it
--     (PRAGMA journal_mode=WAL) when it opens the database.

CREATE TABLE OrleansQuery
(
    -- Key the provider looks up, e.g. 'WriteToStorageKey'.
    QueryKey  TEXT NOT NULL,
    -- SQL text executed verbatim by the provider.
    QueryText TEXT NOT NULL,

    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);

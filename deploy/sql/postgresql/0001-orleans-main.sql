-- BpoCloud schema, PostgreSQL 15: 0001 - Orleans query catalogue
--
-- The Orleans ADO.NET providers (clustering, grain persistence, reminders)
-- never build SQL themselves. At start-up each provider runs the fixed
-- statement
--
--     SELECT QueryKey, QueryText FROM OrleansQuery
--
-- and afterwards executes the text stored under the query keys it knows.
-- The table name and both column names are therefore fixed by Orleans.
-- Everything else (tables, indexes, helper functions, the SQL in QueryText)
-- belongs to us, as long as each query honours its contract:
--
--   * parameters are bound by name (@Name); Npgsql rewrites them to $n;
--   * results are read by column name, so the aliases in the SELECT lists
--     matter, while their order and extra columns do not. Unquoted names
--     come back lower-cased from PostgreSQL; Npgsql's GetOrdinal falls back
--     to a case-insensitive match, which is what the providers rely on;
--   * "boolean" queries return exactly one row with one column, > 0 meaning
--     success and 0 meaning nothing was changed.
--
-- The files 0002..0004 add the queries of one provider each. This file is
-- applied once by the BpoCloud migrator, inside its transaction.

CREATE TABLE OrleansQuery
(
    -- Key the provider looks up, e.g. 'WriteToStorageKey'.
    QueryKey  varchar(64) NOT NULL,
    -- SQL text executed verbatim by the provider.
    QueryText text        NOT NULL,

    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);

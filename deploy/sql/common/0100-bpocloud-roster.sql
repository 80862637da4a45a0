-- BpoCloud roster read model: the query side of brands, stores, agents and shifts.
-- Grain state (OrleansStorage) is the source of truth. Grains write these rows after their state is
-- persisted and again when they activate; a row is only replaced by a higher version, so replays and
-- out-of-order writes never move a row backwards. Lists and searches read only these tables.
-- "body" is the entity as JSON (camelCase), the other columns exist to filter, sort and page.

CREATE TABLE roster_brand
(
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT    NOT NULL
);

CREATE TABLE roster_store
(
    brand_id    TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT    NOT NULL,
    PRIMARY KEY (brand_id, id)
);

CREATE TABLE roster_agent
(
    id              TEXT    NOT NULL PRIMARY KEY,
    name            TEXT    NOT NULL,
    employee_number TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    team_lead_id    TEXT    NULL,
    version         INTEGER NOT NULL,
    body            TEXT    NOT NULL
);

CREATE INDEX ix_roster_agent_team_lead ON roster_agent (team_lead_id, id);

-- Shift times are UTC milliseconds since the Unix epoch so both engines compare them as integers.
CREATE TABLE roster_shift
(
    id          TEXT    NOT NULL PRIMARY KEY,
    agent_id    TEXT    NOT NULL,
    brand_id    TEXT    NOT NULL,
    start_ms    BIGINT  NOT NULL,
    end_ms      BIGINT  NOT NULL,
    status      TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT    NOT NULL
);

CREATE INDEX ix_roster_shift_start ON roster_shift (start_ms, id);
CREATE INDEX ix_roster_shift_agent ON roster_shift (agent_id, start_ms, id);
CREATE INDEX ix_roster_shift_brand ON roster_shift (brand_id, start_ms, id);

-- BpoCloud service events and KPIs.
--
-- service_event is the ledger: every accepted event exactly once, keyed by the brand and the client's event id,
-- so a replayed batch inserts nothing. It is the source of truth that KPIs (and later billing) are computed from.
--
-- service_conversation holds what each conversation adds to the KPI counters of its brand-local start hour
-- (see docs/metrics.md), plus rows for events outside any conversation (key "~event:<id>"). KPI queries only SUM
-- these rows. They are derived: rebuilt from the ledger whenever a key is marked in service_dirty.
--
-- service_dirty marks what must be recomputed: a conversation (or "~event:" key) whose events changed, or a
-- customer ("~customer:<id>") whose later conversations and orders change earlier conversations' FCR and conversion.
-- "mark" is a fresh random number on every marking; the projector removes a key only if the mark is unchanged,
-- so an event arriving during a recomputation is never lost.

CREATE TABLE service_event
(
    brand_id        TEXT    NOT NULL,
    event_id        TEXT    NOT NULL,
    type            TEXT    NOT NULL,
    occurred_at_ms  BIGINT  NOT NULL,
    conversation_id TEXT    NULL,
    customer_id     TEXT    NULL,
    body            TEXT    NOT NULL,
    received_at_ms  BIGINT  NOT NULL,
    PRIMARY KEY (brand_id, event_id)
);

CREATE INDEX ix_service_event_conversation ON service_event (brand_id, conversation_id);
CREATE INDEX ix_service_event_customer ON service_event (brand_id, customer_id, occurred_at_ms);

CREATE TABLE service_dirty
(
    brand_id    TEXT    NOT NULL,
    item_key    TEXT    NOT NULL,
    mark        BIGINT  NOT NULL,
    PRIMARY KEY (brand_id, item_key)
);

-- Durations are whole milliseconds so sums stay exact on both engines.
CREATE TABLE service_conversation
(
    brand_id                TEXT    NOT NULL,
    item_key                TEXT    NOT NULL,
    local_date              TEXT    NOT NULL,
    local_hour              INTEGER NOT NULL,
    utc_offset_minutes      INTEGER NOT NULL,
    started_at_ms           BIGINT  NOT NULL,
    store_id                TEXT    NULL,
    role                    TEXT    NULL,
    agent_id                TEXT    NULL,
    customer_id             TEXT    NULL,
    conversations           BIGINT  NOT NULL,
    answered                BIGINT  NOT NULL,
    abandoned               BIGINT  NOT NULL,
    first_response_ms       BIGINT  NOT NULL,
    first_response_count    BIGINT  NOT NULL,
    turns                   BIGINT  NOT NULL,
    answered_turns          BIGINT  NOT NULL,
    turn_wait_ms            BIGINT  NOT NULL,
    turns_within_3min       BIGINT  NOT NULL,
    service_level_met       BIGINT  NOT NULL,
    service_level_offered   BIGINT  NOT NULL,
    aht_ms                  BIGINT  NOT NULL,
    aht_count               BIGINT  NOT NULL,
    resolved                BIGINT  NOT NULL,
    resolved_first_contact  BIGINT  NOT NULL,
    csat_rated              BIGINT  NOT NULL,
    csat_satisfied          BIGINT  NOT NULL,
    nps_rated               BIGINT  NOT NULL,
    nps_promoters           BIGINT  NOT NULL,
    nps_detractors          BIGINT  NOT NULL,
    complaints              BIGINT  NOT NULL,
    presale_conversations   BIGINT  NOT NULL,
    presale_converted       BIGINT  NOT NULL,
    PRIMARY KEY (brand_id, item_key)
);

CREATE INDEX ix_service_conversation_day ON service_conversation (brand_id, local_date);
CREATE INDEX ix_service_conversation_customer ON service_conversation (brand_id, customer_id, started_at_ms);

-- SLA policy versions: one row per brand and brand-local effective date.
CREATE TABLE service_sla
(
    brand_id        TEXT    NOT NULL,
    effective_from  TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    PRIMARY KEY (brand_id, effective_from)
);

-- BpoCloud threshold alerts: rules per brand, the alerts they fire, and an outbox of webhook deliveries.
-- One delivery row per (alert, kind) — fired or resolved — so one crossing is announced once; retries reuse the row.

CREATE TABLE service_alert_rule
(
    brand_id    TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    deleted     INTEGER NOT NULL,
    PRIMARY KEY (brand_id, id)
);

CREATE TABLE service_alert
(
    id              TEXT    NOT NULL PRIMARY KEY,
    brand_id        TEXT    NOT NULL,
    rule_id         TEXT    NOT NULL,
    metric          TEXT    NOT NULL,
    comparison      TEXT    NOT NULL,
    threshold       TEXT    NOT NULL,
    window_minutes  INTEGER NOT NULL,
    fired_at_ms     BIGINT  NOT NULL,
    fired_value     TEXT    NOT NULL,
    resolved_at_ms  BIGINT  NULL,
    resolved_value  TEXT    NULL
);

CREATE INDEX ix_service_alert_brand ON service_alert (brand_id, fired_at_ms);

CREATE TABLE alert_delivery
(
    id                  TEXT    NOT NULL PRIMARY KEY,
    alert_id            TEXT    NOT NULL,
    brand_id            TEXT    NOT NULL,
    kind                TEXT    NOT NULL,
    url                 TEXT    NOT NULL,
    secret              TEXT    NOT NULL,
    payload             TEXT    NOT NULL,
    attempts            INTEGER NOT NULL,
    next_attempt_at_ms  BIGINT  NOT NULL,
    claimed_until_ms    BIGINT  NULL,
    delivered_at_ms     BIGINT  NULL,
    gave_up_at_ms       BIGINT  NULL,
    last_error          TEXT    NULL
);

CREATE UNIQUE INDEX ux_alert_delivery_once ON alert_delivery (alert_id, kind);
CREATE INDEX ix_alert_delivery_due ON alert_delivery (delivered_at_ms, gave_up_at_ms, next_attempt_at_ms);

-- Alert windows are "what started in the last N minutes" of one brand.
CREATE INDEX ix_service_conversation_started ON service_conversation (brand_id, started_at_ms);

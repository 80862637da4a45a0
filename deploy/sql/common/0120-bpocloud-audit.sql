-- BpoCloud audit log: append-only, one row per accepted change (who, when, tenant, what, before/after).
-- Nothing in BpoCloud updates or deletes these rows. Ids are time-ordered, so id order is time order.

CREATE TABLE audit_entry
(
    id              TEXT    NOT NULL PRIMARY KEY,
    at_ms           BIGINT  NOT NULL,
    actor_id        TEXT    NOT NULL,
    actor_name      TEXT    NOT NULL,
    actor_role      TEXT    NOT NULL,
    brand_id        TEXT    NULL,
    action          TEXT    NOT NULL,
    resource        TEXT    NOT NULL,
    resource_id     TEXT    NULL,
    before_summary  TEXT    NULL,
    after_summary   TEXT    NULL
);

CREATE INDEX ix_audit_entry_at ON audit_entry (at_ms, id);
CREATE INDEX ix_audit_entry_brand ON audit_entry (brand_id, at_ms, id);

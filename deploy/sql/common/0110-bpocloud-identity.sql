-- BpoCloud identity: people who sign in, brand API keys for machine ingestion, and generated settings.
-- Passwords and API keys are stored only as hashes. Emails are stored lower-cased and unique.

CREATE TABLE identity_user
(
    id              TEXT    NOT NULL PRIMARY KEY,
    email           TEXT    NOT NULL,
    display_name    TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    brand_id        TEXT    NULL,
    agent_id        TEXT    NULL,
    password_hash   TEXT    NOT NULL,
    disabled        INTEGER NOT NULL,
    version         INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE UNIQUE INDEX ux_identity_user_email ON identity_user (email);
CREATE INDEX ix_identity_user_brand ON identity_user (brand_id, id);

-- key_hash is the SHA-256 of the whole key (keys are 256-bit random, so a fast hash is enough);
-- prefix is the first characters, shown in lists so people can tell their keys apart.
CREATE TABLE identity_api_key
(
    id          TEXT    NOT NULL PRIMARY KEY,
    brand_id    TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    prefix      TEXT    NOT NULL,
    key_hash    TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    revoked_at  TEXT    NULL
);

CREATE UNIQUE INDEX ux_identity_api_key_hash ON identity_api_key (key_hash);
CREATE INDEX ix_identity_api_key_brand ON identity_api_key (brand_id, id);

-- Values the servers of one cluster must share but nobody configured, e.g. a generated JWT signing key.
CREATE TABLE bpocloud_setting
(
    name    TEXT NOT NULL PRIMARY KEY,
    value   TEXT NOT NULL
);

-- BpoCloud KPI rollup: the per-conversation KPI rows summed per brand, brand-local hour and role.
-- A brand's 90 days are a few thousand of these rows instead of tens of thousands of conversations, so the
-- dashboard's KPI query stays fast. The projection keeps it exact: in the same transaction that rewrites
-- conversation rows it adds (new − old) to their hours. role '' holds events outside any conversation.
-- Queries filtered by store or agent still sum the conversation rows.

CREATE TABLE service_kpi_hour
(
    brand_id                TEXT    NOT NULL,
    local_date              TEXT    NOT NULL,
    local_hour              INTEGER NOT NULL,
    utc_offset_minutes      INTEGER NOT NULL,
    role                    TEXT    NOT NULL,
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
    PRIMARY KEY (brand_id, local_date, local_hour, utc_offset_minutes, role)
);

-- Rows projected before this table existed.
INSERT INTO service_kpi_hour (brand_id, local_date, local_hour, utc_offset_minutes, role, conversations, answered, abandoned, first_response_ms, first_response_count, turns, answered_turns, turn_wait_ms, turns_within_3min, service_level_met, service_level_offered, aht_ms, aht_count, resolved, resolved_first_contact, csat_rated, csat_satisfied, nps_rated, nps_promoters, nps_detractors, complaints, presale_conversations, presale_converted)
SELECT brand_id, local_date, local_hour, utc_offset_minutes, COALESCE(role, ''),
       SUM(conversations),
       SUM(answered),
       SUM(abandoned),
       SUM(first_response_ms),
       SUM(first_response_count),
       SUM(turns),
       SUM(answered_turns),
       SUM(turn_wait_ms),
       SUM(turns_within_3min),
       SUM(service_level_met),
       SUM(service_level_offered),
       SUM(aht_ms),
       SUM(aht_count),
       SUM(resolved),
       SUM(resolved_first_contact),
       SUM(csat_rated),
       SUM(csat_satisfied),
       SUM(nps_rated),
       SUM(nps_promoters),
       SUM(nps_detractors),
       SUM(complaints),
       SUM(presale_conversations),
       SUM(presale_converted)
FROM service_conversation
GROUP BY brand_id, local_date, local_hour, utc_offset_minutes, COALESCE(role, '');

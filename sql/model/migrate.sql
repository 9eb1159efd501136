-- Brings the tables of a model made by any earlier version to the shape of
-- tables.sql. Run by every build, before the derived objects, so every step must
-- be idempotent (ADD COLUMN IF NOT EXISTS, CREATE TABLE IF NOT EXISTS, constraint
-- changes guarded by a look at pg_constraint). Rows are never dropped here.

-- 0.1.0 -> 0.2.0.
-- R-UPW-6: a NULL ete_cap means the dated policy; a model's own value is kept.
ALTER TABLE settings ALTER COLUMN ete_cap DROP NOT NULL, ALTER COLUMN ete_cap DROP DEFAULT;
-- R-UPW-8 short-notice cancellations, R-UPW-7 the choice recorded, the OMiC facts of a
-- person in custody, R-UPW-2 travel to programmes and structured interventions; each step looks first, so a build that
-- finds them made says nothing.
DO $migrate$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'settings'::regclass AND attname = 'short_notice_days') THEN
    ALTER TABLE settings ADD COLUMN short_notice_days integer NOT NULL DEFAULT 2 CHECK (short_notice_days BETWEEN 0 AND 28);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'upw_sessions'::regclass AND attname = 'cancelled_on') THEN
    ALTER TABLE upw_sessions ADD COLUMN cancelled_on date;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'upw_sessions'::regclass AND attname = 'cancelled_by') THEN
    ALTER TABLE upw_sessions ADD COLUMN cancelled_by text CHECK (cancelled_by IN ('service', 'person'));
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'upw_orders'::regclass AND attname = 'all_male_choice_offered') THEN
    ALTER TABLE upw_orders ADD COLUMN all_male_choice_offered boolean;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = 'custody'::regclass AND attname = 'tariff') THEN
    ALTER TABLE custody ADD COLUMN tariff date, ADD COLUMN target_hearing date,
      ADD COLUMN recalled boolean NOT NULL DEFAULT false,
      ADD COLUMN prison_type text NOT NULL DEFAULT 'public' CHECK (prison_type IN ('public', 'hub_private'));
  END IF;
  IF to_regclass('programme_sessions') IS NULL THEN
    CREATE TABLE programme_sessions (
      session_id        bigint PRIMARY KEY,
      case_id           bigint NOT NULL REFERENCES cases ON DELETE CASCADE,
      activity          text NOT NULL CHECK (activity IN ('accredited_programme', 'structured_intervention')),
      session_on        date NOT NULL,
      outbound_minutes  numeric CHECK (outbound_minutes >= 0),
      return_minutes    numeric CHECK (return_minutes >= 0)
    );
    CREATE INDEX ON programme_sessions (case_id);
  END IF;
END
$migrate$;
-- Their comments, as tables.sql gives them.
COMMENT ON COLUMN settings.ete_cap IS 'Share of Unpaid Work hours that may be ETE (R-UPW-6). NULL (the default for new models): the dated policy on the report date, ttg.upw_ete_cap_share (0.20, then 0.30 from 1 April 2024); a number overrides it.';
COMMENT ON COLUMN settings.short_notice_days IS 'A session cancelled by the service fewer than this many days before it is a short-notice cancellation (R-UPW-8; the source gives no number: default 2, so cancelled the day before or on the day).';
COMMENT ON COLUMN upw_orders.all_male_choice_offered IS 'Whether the person was offered the choice not to work in an all-male group (R-UPW-7: every woman is); NULL when not recorded.';
COMMENT ON COLUMN upw_sessions.cancelled_on IS 'The day the session was cancelled (NULL: not cancelled); with session_on and settings.short_notice_days it tells a short-notice cancellation (R-UPW-8).';
COMMENT ON COLUMN upw_sessions.cancelled_by IS 'service (the provider cancelled: what R-UPW-8 asks to avoid at short notice) or person; NULL when not cancelled or not recorded.';
COMMENT ON TABLE programme_sessions IS 'Sessions of Accredited Programmes and Structured Interventions attended, with the travel to them (R-UPW-2).';
COMMENT ON COLUMN programme_sessions.session_id IS 'Session identifier.';
COMMENT ON COLUMN programme_sessions.case_id IS 'The case.';
COMMENT ON COLUMN programme_sessions.activity IS 'accredited_programme or structured_intervention.';
COMMENT ON COLUMN programme_sessions.session_on IS 'Date of the session.';
COMMENT ON COLUMN programme_sessions.outbound_minutes IS 'Travel minutes to the session (routed or recorded).';
COMMENT ON COLUMN programme_sessions.return_minutes IS 'Travel minutes back.';
COMMENT ON COLUMN custody.tariff IS 'Tariff expiry date of an indeterminate sentence (TED), when known.';
COMMENT ON COLUMN custody.target_hearing IS 'Target date of the next parole hearing (THD) of an indeterminate sentence, when known (the OMiC 2023 earliest release, from May 2025).';
COMMENT ON COLUMN custody.recalled IS 'True when in custody on recall (OMiC: the community holds the case, no handover).';
COMMENT ON COLUMN custody.prison_type IS 'public or hub_private: the OMiC transitional cut-off for a case sentenced before OMiC (England public 15 February 2021, hub and private 1 June 2021).';

-- The staging tables of an nDelius-shaped extract, as ttg.load_ndelius_extract reads them
-- (every column text, as \copy gives it). Included by the tests that load extracts.
CREATE TEMP TABLE sc (case_id text, region text, team text, sex text, register text, order_type text,
                      requirement_codes text, isp_completed_on text, supervision_start text, supervision_end text,
                      tier text, rosh text, mappa_category text, mappa_level text);
CREATE TEMP TABLE sk (contact_id text, case_id text, contact_type text, appointment_at text, notified_at text,
                      outcome_code text, available_minutes text, other_activity text, next_offered_on text,
                      next_appointment_on text);

-- Derived objects of a reporting model (contact compliance): dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.
-- Views are security_invoker, so the caller's row security applies.

-- Contact compliance, case by case and month by month (R-MCS-1 to R-MCS-7).
CREATE VIEW mcs_case_month_live WITH (security_invoker = true) AS
  SELECT c.case_id, coalesce(m.region, c.region) AS region, coalesce(m.team, c.team) AS team, c.brag, m.month,
         j.mcs_met, j.brag_met, j.contacts, j.valid_contacts, j.reason, j.failure AS commonest_failure
    FROM cases c
    CROSS JOIN current_settings() st
    CROSS JOIN report_date r
    CROSS JOIN LATERAL (SELECT array_agg(q.requirement ORDER BY q.from_date) AS words,
                               array_agg(daterange(q.from_date, q.to_date, '[]') ORDER BY q.from_date) AS periods
                          FROM case_requirement_periods q WHERE q.case_id = c.case_id) rq
    CROSS JOIN LATERAL (SELECT array_agg(p.kind ORDER BY p.from_date) AS kinds,
                               array_agg(daterange(p.from_date, p.to_date, '[]') ORDER BY p.from_date) AS periods
                          FROM case_pauses p WHERE p.case_id = c.case_id) pz
    CROSS JOIN LATERAL (SELECT array_agg(a.team ORDER BY a.from_date) AS teams, array_agg(a.region ORDER BY a.from_date) AS regions,
                               array_agg(daterange(a.from_date, a.to_date, '[]') ORDER BY a.from_date) AS periods
                          FROM case_assignments a WHERE a.case_id = c.case_id) asg
    CROSS JOIN LATERAL ttg.mcs_case_months(c.isp_completed_on, least(coalesce(c.supervision_end, r.as_of), r.as_of),
                                           st.partial_month, (SELECT g.go_live FROM team_go_live g WHERE g.team = c.team),
                                           c.requirements, '{unpaid_work,curfew,exclusion,prohibited_activity,residence}',
                                           st.em_with_curfew_exempt, rq.words, rq.periods, pz.kinds, pz.periods,
                                           ARRAY[st.pause_custody, st.pause_warrant, st.pause_suspended],
                                           asg.teams, asg.regions, asg.periods, st.attribution) AS m
    -- Every case's tallies in one pass over the contacts (the whole-model shape).
    LEFT JOIN (SELECT k.case_id, date_trunc('month', k.appointment_at)::date AS month,
                      ttg.mcs_tally(k.contact_type, k.appointment_at, k.notified_at, k.outcome,
                                    k.available_minutes, k.other_activity, k.next_offered_on,
                                    k.next_appointment_on, s2.reoffer_rule, NULL,
                                    k.following_notified_at, k.following_appointment_at,
                                    s2.notice_lead_minutes, s2.sent_home) AS tally
                 FROM (SELECT k0.*, lead(k0.notified_at) OVER w AS following_notified_at,
                              lead(k0.appointment_at) OVER w AS following_appointment_at
                         FROM contacts k0
                       WINDOW w AS (PARTITION BY k0.case_id, ttg.vocab_key(k0.contact_type) IN ('coap', 'coai', 'chvs')
                                    ORDER BY k0.appointment_at)) k
                CROSS JOIN current_settings() s2
                GROUP BY 1, 2) t ON t.case_id = c.case_id AND t.month = m.month
    CROSS JOIN LATERAL ttg.mcs_month(t.tally,
                                     CASE c.brag WHEN 'red' THEN st.brag_red WHEN 'red_amber' THEN st.brag_red_amber
                                                 WHEN 'amber' THEN st.brag_amber
                                                 WHEN 'blue' THEN st.brag_blue ELSE st.brag_green END) j
   WHERE c.isp_completed_on IS NOT NULL
     AND c.isp_completed_on <= least(coalesce(c.supervision_end, r.as_of), r.as_of);
COMMENT ON VIEW mcs_case_month_live IS 'Computed now, as mcs_results stores it (the views read mcs_results): one row per case in scope (R-MCS-5) per month it must be seen in (ttg.mcs_case_months), from ISP completion, and no earlier than 1 October 2018 or the team''s go-live date (team_go_live), to the end of supervision or the report date (settings.partial_month decides the part months, R-MCS-1); months whose requirements in force (case_requirement_periods, else cases.requirements) are all exempt, or that pauses take out (case_pauses under settings.pause_*), are left out; a transfer month goes to the team(s) settings.attribution names (case_assignments; both: one row per team). Whether the month holds a valid face-to-face case-manager contact (R-MCS-2, R-MCS-3, settings.notice_lead_minutes, settings.sent_home) attended or missed and re-offered in time (R-MCS-4, settings.reoffer_rule; the re-offer from the record''s next_ columns, else the next case-manager contact''s own dates), whether the BRAG frequency is met (R-MCS-6), and why not.';
COMMENT ON COLUMN mcs_case_month_live.case_id IS 'The case.';
COMMENT ON COLUMN mcs_case_month_live.region IS 'Region the month is attributed to (case_assignments, else cases.region).';
COMMENT ON COLUMN mcs_case_month_live.team IS 'Team the month is attributed to (case_assignments, else cases.team).';
COMMENT ON COLUMN mcs_case_month_live.brag IS 'BRAG status of the case.';
COMMENT ON COLUMN mcs_case_month_live.month IS 'First day of the month.';
COMMENT ON COLUMN mcs_case_month_live.mcs_met IS 'True when the Minimum Contact Specification is met this month (R-MCS-1).';
COMMENT ON COLUMN mcs_case_month_live.brag_met IS 'True when the BRAG frequency of settings is met (R-MCS-6).';
COMMENT ON COLUMN mcs_case_month_live.contacts IS 'Contacts recorded in the month.';
COMMENT ON COLUMN mcs_case_month_live.valid_contacts IS 'Valid case-manager contacts in the month (R-MCS-2, R-MCS-3).';
COMMENT ON COLUMN mcs_case_month_live.reason IS 'Why not met: no_contact, no_valid_contact, missed_without_reoffer or no_attended_contact; NULL when met.';
COMMENT ON COLUMN mcs_case_month_live.commonest_failure IS 'The commonest reason contacts of the month were not valid (ttg.mcs_contact_failure); NULL when none failed.';


-- The same case-months for the cases listed, each case's contacts read through the
-- (case_id, appointment_at) index: what the triggers compute again.
CREATE FUNCTION mcs_case_month_for(case_ids bigint[]) RETURNS SETOF mcs_results
  LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT c.case_id, coalesce(m.region, c.region) AS region, coalesce(m.team, c.team) AS team, c.brag, m.month,
         j.mcs_met, j.brag_met, j.contacts, j.valid_contacts, j.reason, j.failure AS commonest_failure
    FROM cases c
    CROSS JOIN current_settings() st
    -- The report date as report_date gives it (a function may not depend on the views a build drops).
    CROSS JOIN LATERAL (SELECT coalesce(st.as_of, CURRENT_DATE) AS as_of) r
    CROSS JOIN LATERAL (SELECT array_agg(q.requirement ORDER BY q.from_date) AS words,
                               array_agg(daterange(q.from_date, q.to_date, '[]') ORDER BY q.from_date) AS periods
                          FROM case_requirement_periods q WHERE q.case_id = c.case_id) rq
    CROSS JOIN LATERAL (SELECT array_agg(p.kind ORDER BY p.from_date) AS kinds,
                               array_agg(daterange(p.from_date, p.to_date, '[]') ORDER BY p.from_date) AS periods
                          FROM case_pauses p WHERE p.case_id = c.case_id) pz
    CROSS JOIN LATERAL (SELECT array_agg(a.team ORDER BY a.from_date) AS teams, array_agg(a.region ORDER BY a.from_date) AS regions,
                               array_agg(daterange(a.from_date, a.to_date, '[]') ORDER BY a.from_date) AS periods
                          FROM case_assignments a WHERE a.case_id = c.case_id) asg
    -- The case's contacts, read once through the (case_id, appointment_at) index: one tally per month.
    CROSS JOIN LATERAL (SELECT array_agg(t.month) AS months, array_agg(t.tally) AS tallies
                          FROM (SELECT date_trunc('month', k.appointment_at)::date AS month,
                                       ttg.mcs_tally(k.contact_type, k.appointment_at, k.notified_at, k.outcome,
                                                     k.available_minutes, k.other_activity, k.next_offered_on,
                                                     k.next_appointment_on, st.reoffer_rule, NULL,
                                                     k.following_notified_at, k.following_appointment_at,
                                                     st.notice_lead_minutes, st.sent_home) AS tally
                                  FROM (SELECT k0.*, lead(k0.notified_at) OVER w AS following_notified_at,
                                               lead(k0.appointment_at) OVER w AS following_appointment_at
                                          FROM contacts k0 WHERE k0.case_id = c.case_id
                                        WINDOW w AS (PARTITION BY ttg.vocab_key(k0.contact_type) IN ('coap', 'coai', 'chvs')
                                                     ORDER BY k0.appointment_at)) k
                                 GROUP BY 1) t) tl
    CROSS JOIN LATERAL ttg.mcs_case_months(c.isp_completed_on, least(coalesce(c.supervision_end, r.as_of), r.as_of),
                                           st.partial_month, (SELECT g.go_live FROM team_go_live g WHERE g.team = c.team),
                                           c.requirements, '{unpaid_work,curfew,exclusion,prohibited_activity,residence}',
                                           st.em_with_curfew_exempt, rq.words, rq.periods, pz.kinds, pz.periods,
                                           ARRAY[st.pause_custody, st.pause_warrant, st.pause_suspended],
                                           asg.teams, asg.regions, asg.periods, st.attribution) AS m
    CROSS JOIN LATERAL ttg.mcs_month(tl.tallies[array_position(tl.months, m.month)],
                                     CASE c.brag WHEN 'red' THEN st.brag_red WHEN 'red_amber' THEN st.brag_red_amber
                                                 WHEN 'amber' THEN st.brag_amber
                                                 WHEN 'blue' THEN st.brag_blue ELSE st.brag_green END) j
   WHERE c.isp_completed_on IS NOT NULL
     AND c.isp_completed_on <= least(coalesce(c.supervision_end, r.as_of), r.as_of)
     AND c.case_id = ANY (mcs_case_month_for.case_ids);
END;
COMMENT ON FUNCTION mcs_case_month_for(bigint[]) IS 'The rows of mcs_case_month_live for the cases listed, computed case by case (what ttg.refresh_reporting_model stores for the cases a statement touched).';

CREATE VIEW mcs_case_month WITH (security_invoker = true) AS
  SELECT x.case_id, x.region, x.team, x.brag, x.month, x.mcs_met, x.brag_met, x.contacts, x.valid_contacts,
         x.reason, x.commonest_failure
    FROM mcs_results x;
COMMENT ON VIEW mcs_case_month IS 'Read from mcs_results (kept current by triggers, so a filter by case, team, region or month reads only its rows): one row per case in scope (R-MCS-5) per month it must be seen in (ttg.mcs_case_months), from ISP completion, and no earlier than 1 October 2018 or the team''s go-live date (team_go_live), to the end of supervision or the report date (settings.partial_month decides the part months, R-MCS-1); months whose requirements in force (case_requirement_periods, else cases.requirements) are all exempt, or that pauses take out (case_pauses under settings.pause_*), are left out; a transfer month goes to the team(s) settings.attribution names (case_assignments; both: one row per team). Whether the month holds a valid face-to-face case-manager contact (R-MCS-2, R-MCS-3, settings.notice_lead_minutes, settings.sent_home) attended or missed and re-offered in time (R-MCS-4, settings.reoffer_rule; the re-offer from the record''s next_ columns, else the next case-manager contact''s own dates), whether the BRAG frequency is met (R-MCS-6), and why not.';
COMMENT ON COLUMN mcs_case_month.case_id IS 'The case.';
COMMENT ON COLUMN mcs_case_month.region IS 'Region the month is attributed to (case_assignments, else cases.region).';
COMMENT ON COLUMN mcs_case_month.team IS 'Team the month is attributed to (case_assignments, else cases.team).';
COMMENT ON COLUMN mcs_case_month.brag IS 'BRAG status of the case.';
COMMENT ON COLUMN mcs_case_month.month IS 'First day of the month.';
COMMENT ON COLUMN mcs_case_month.mcs_met IS 'True when the Minimum Contact Specification is met this month (R-MCS-1).';
COMMENT ON COLUMN mcs_case_month.brag_met IS 'True when the BRAG frequency of settings is met (R-MCS-6).';
COMMENT ON COLUMN mcs_case_month.contacts IS 'Contacts recorded in the month.';
COMMENT ON COLUMN mcs_case_month.valid_contacts IS 'Valid case-manager contacts in the month (R-MCS-2, R-MCS-3).';
COMMENT ON COLUMN mcs_case_month.reason IS 'Why not met: no_contact, no_valid_contact, missed_without_reoffer or no_attended_contact; NULL when met.';
COMMENT ON COLUMN mcs_case_month.commonest_failure IS 'The commonest reason contacts of the month were not valid (ttg.mcs_contact_failure); NULL when none failed.';

CREATE VIEW mcs_team_month WITH (security_invoker = true) AS
  SELECT cm.region, cm.team, cm.month, count(*)::integer AS cases,
         count(*) FILTER (WHERE cm.mcs_met)::integer AS cases_met,
         round(ttg.mcs_rate(cm.mcs_met), 1)::numeric(5,1) AS rate_percent,
         ttg.mcs_band(ttg.mcs_rate(cm.mcs_met), cm.month, st.mcs_target, st.mcs_trigger) AS band,
         round(ttg.mcs_rate(cm.brag_met), 1)::numeric(5,1) AS brag_rate_percent,
         count(*) FILTER (WHERE cm.reason = 'no_contact')::integer AS no_contact,
         count(*) FILTER (WHERE cm.reason = 'no_valid_contact')::integer AS no_valid_contact,
         count(*) FILTER (WHERE cm.reason = 'missed_without_reoffer')::integer AS missed_without_reoffer,
         count(*) FILTER (WHERE cm.reason = 'no_attended_contact')::integer AS no_attended_contact
    FROM mcs_case_month cm
    CROSS JOIN current_settings() st
   GROUP BY cm.region, cm.team, cm.month, st.mcs_target, st.mcs_trigger;
COMMENT ON VIEW mcs_team_month IS 'Contact compliance per region, team and month: the share of case-months met and its band against the target and trigger of settings (R-MCS-7: 95% and 85% by default; ramp-up to December 2018), with the reasons counted.';
COMMENT ON COLUMN mcs_team_month.region IS 'Region.';
COMMENT ON COLUMN mcs_team_month.team IS 'Team.';
COMMENT ON COLUMN mcs_team_month.month IS 'First day of the month.';
COMMENT ON COLUMN mcs_team_month.cases IS 'Cases in scope that month.';
COMMENT ON COLUMN mcs_team_month.cases_met IS 'Of them, met.';
COMMENT ON COLUMN mcs_team_month.rate_percent IS 'Percentage met (R-MCS-7), one decimal.';
COMMENT ON COLUMN mcs_team_month.band IS 'met, below_target, improvement, ramp_up or not_applicable (ttg.mcs_band on the exact rate).';
COMMENT ON COLUMN mcs_team_month.brag_rate_percent IS 'Percentage meeting their BRAG frequency (R-MCS-6).';
COMMENT ON COLUMN mcs_team_month.no_contact IS 'Case-months with no contact at all.';
COMMENT ON COLUMN mcs_team_month.no_valid_contact IS 'Case-months with contacts, none valid.';
COMMENT ON COLUMN mcs_team_month.missed_without_reoffer IS 'Case-months whose valid contact was missed and not re-offered within 5 business days.';
COMMENT ON COLUMN mcs_team_month.no_attended_contact IS 'Case-months with valid contacts none of which was attended or missed (not yet recorded, or moved by the service user).';

-- A build computes every case: the stored results follow this version's rules.
SELECT ttg.refresh_reporting_model(current_schema()::name);

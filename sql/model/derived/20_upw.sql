-- Derived objects of a reporting model (Unpaid Work): dropped and made again by every
-- build (ttg.rebuild_reporting_model), so only views and functions belong here.
-- Views are security_invoker, so the caller's row security applies.

-- Unpaid Work timeliness (R-UPW-3, R-UPW-4, R-UPW-5, R-UPW-6).
CREATE VIEW upw_timeliness WITH (security_invoker = true) AS
  SELECT o.order_id, o.case_id, c.region, c.team, o.sentence_date,
         d.assessment_due, o.assessed_on,
         CASE WHEN o.assessed_on IS NOT NULL THEN CASE WHEN o.assessed_on <= d.assessment_due THEN 'on_time' ELSE 'late' END
              WHEN r.as_of > d.assessment_due THEN 'overdue' ELSE 'pending' END AS assessment_status,
         d.start_due, o.first_session_on,
         CASE WHEN o.first_session_on IS NOT NULL THEN CASE WHEN o.first_session_on <= d.start_due THEN 'on_time' ELSE 'late' END
              WHEN r.as_of > d.start_due THEN 'overdue' ELSE 'pending' END AS start_status,
         o.order_start,
         (ttg.upw_review_dates(o.order_start))[1] AS review_6_months_due,
         (ttg.upw_review_dates(o.order_start))[2] AS review_9_months_due,
         ttg.upw_completion_due(o.order_start) AS completion_due,
         o.hours_ordered::numeric(8,2) AS hours_ordered, o.hours_completed::numeric(8,2) AS hours_completed,
         CASE WHEN o.order_start IS NULL OR r.as_of < o.order_start THEN 'not_started'
              ELSE ttg.upw_progress(o.hours_ordered, o.hours_completed, o.order_start, r.as_of) END AS progress,
         o.ete_eligible, o.ete_minutes::numeric(8,1) AS ete_minutes,
         ttg.upw_ete_cap_minutes(o.hours_ordered, o.ete_eligible, r.as_of, st.ete_cap)::numeric(8,1) AS ete_cap_minutes,
         ttg.upw_ete_ok(o.hours_ordered, o.ete_minutes, o.ete_eligible, r.as_of, st.ete_cap) AS ete_within_cap,
         c.sex, o.all_male_choice_offered, o.avoid_all_male,
         coalesce(ss.all_male_against_choice, 0)::integer AS all_male_sessions_against_choice,
         coalesce(ss.short_notice, 0)::integer AS short_notice_cancellations
    FROM upw_orders o
    JOIN cases c ON c.case_id = o.case_id
    CROSS JOIN current_settings() st
    CROSS JOIN report_date r
    CROSS JOIN LATERAL (SELECT ttg.upw_assessment_due(o.sentence_date) AS assessment_due,
                               ttg.upw_start_due(o.sentence_date) AS start_due) d
    LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE o.avoid_all_male AND s.cancelled_on IS NULL
                                                 AND p.environment = 'all_male') AS all_male_against_choice,
                              count(*) FILTER (WHERE s.cancelled_by = 'service'
                                                 AND s.cancelled_on > s.session_on - st.short_notice_days) AS short_notice
                         FROM upw_sessions s LEFT JOIN placements p ON p.placement_id = s.placement_id
                        WHERE s.order_id = o.order_id) ss ON true;
COMMENT ON VIEW upw_timeliness IS 'Unpaid Work orders against their timescales: assessment in 10 business days (R-UPW-3), first session in 7 or 15 business days by date (R-UPW-4), reviews at 6 and 9 months and completion in 12 (R-UPW-5), progress at an even pace, ETE within the cap for those eligible (R-UPW-6), the all-male choice offered and kept (R-UPW-7) and short-notice cancellations by the service (R-UPW-8).';
COMMENT ON COLUMN upw_timeliness.order_id IS 'The order.';
COMMENT ON COLUMN upw_timeliness.case_id IS 'The case.';
COMMENT ON COLUMN upw_timeliness.region IS 'Region of the case.';
COMMENT ON COLUMN upw_timeliness.team IS 'Team of the case.';
COMMENT ON COLUMN upw_timeliness.sentence_date IS 'Date the order was made.';
COMMENT ON COLUMN upw_timeliness.assessment_due IS 'Assessment due: 10 business days after sentence (R-UPW-3).';
COMMENT ON COLUMN upw_timeliness.assessed_on IS 'Date the assessment was completed.';
COMMENT ON COLUMN upw_timeliness.assessment_status IS 'on_time, late, overdue (not done and past due) or pending.';
COMMENT ON COLUMN upw_timeliness.start_due IS 'First session due: 7 business days for orders before 26 June 2021, 15 from then (R-UPW-4).';
COMMENT ON COLUMN upw_timeliness.first_session_on IS 'Date of the first work session.';
COMMENT ON COLUMN upw_timeliness.start_status IS 'on_time, late, overdue (no session and past due) or pending.';
COMMENT ON COLUMN upw_timeliness.order_start IS 'Start of the order.';
COMMENT ON COLUMN upw_timeliness.review_6_months_due IS '6-month review date (R-UPW-5).';
COMMENT ON COLUMN upw_timeliness.review_9_months_due IS '9-month review date (R-UPW-5).';
COMMENT ON COLUMN upw_timeliness.completion_due IS 'All hours due: 12 months from the start (R-UPW-5).';
COMMENT ON COLUMN upw_timeliness.hours_ordered IS 'Hours ordered.';
COMMENT ON COLUMN upw_timeliness.hours_completed IS 'Hours completed.';
COMMENT ON COLUMN upw_timeliness.progress IS 'complete, on_track, behind, overdue (past 12 months with hours left) or not_started.';
COMMENT ON COLUMN upw_timeliness.ete_eligible IS 'Eligible for ETE activity.';
COMMENT ON COLUMN upw_timeliness.ete_minutes IS 'ETE minutes counted so far.';
COMMENT ON COLUMN upw_timeliness.ete_cap_minutes IS 'Most ETE minutes that may count (R-UPW-6), whole minutes truncated as the services count: 0 when not eligible; at settings.ete_cap, or when it is NULL the policy in force on the report date (20%, then 30% from 1 April 2024).';
COMMENT ON COLUMN upw_timeliness.ete_within_cap IS 'True while ETE minutes are within the cap; a person not eligible is within it only with no ETE minutes.';
COMMENT ON COLUMN upw_timeliness.sex IS 'Sex of the person (R-UPW-7 is about women).';
COMMENT ON COLUMN upw_timeliness.all_male_choice_offered IS 'Whether the choice not to work in an all-male group was offered (R-UPW-7); NULL when not recorded.';
COMMENT ON COLUMN upw_timeliness.avoid_all_male IS 'The person chose not to work in an all-male group (R-UPW-7).';
COMMENT ON COLUMN upw_timeliness.all_male_sessions_against_choice IS 'Sessions (not cancelled) at an all-male placement although the person chose not to (R-UPW-7): should be 0.';
COMMENT ON COLUMN upw_timeliness.short_notice_cancellations IS 'Sessions the service cancelled fewer than settings.short_notice_days days before them (R-UPW-8).';

-- Unpaid Work travel (R-UPW-1).
CREATE VIEW upw_travel WITH (security_invoker = true) AS
  SELECT s.session_id, s.order_id, o.case_id, c.region, c.team, s.placement_id, p.name AS placement,
         s.session_on, s.work_minutes::numeric(8,1) AS work_minutes, s.outbound_minutes::numeric(8,1) AS outbound_minutes,
         s.return_minutes::numeric(8,1) AS return_minutes, s.supervised,
         NOT (ttg.within_travel_limit(s.outbound_minutes) AND ttg.within_travel_limit(s.return_minutes)) AS over_limit,
         ttg.credited_travel_minutes(s.outbound_minutes, s.supervised)::numeric(8,1) AS credited_outbound_minutes,
         ttg.credited_travel_minutes(s.return_minutes, s.supervised)::numeric(8,1) AS credited_return_minutes,
         ttg.upw_session_credit(s.work_minutes, s.outbound_minutes, s.return_minutes, s.supervised)::numeric(8,1) AS credited_minutes,
         s.cancelled_on, s.cancelled_by,
         s.cancelled_by = 'service' AND s.cancelled_on > s.session_on - st.short_notice_days AS short_notice_cancellation,
         p.environment AS placement_environment,
         o.avoid_all_male AND p.environment = 'all_male' AND s.cancelled_on IS NULL AS all_male_against_choice
    FROM upw_sessions s
    JOIN upw_orders o ON o.order_id = s.order_id
    JOIN cases c ON c.case_id = o.case_id
    CROSS JOIN current_settings() st
    LEFT JOIN placements p ON p.placement_id = s.placement_id;
COMMENT ON VIEW upw_travel IS 'Unpaid Work sessions with their travel: over the 90-minute limit either way, and the travel credited (supervised, at most 60 minutes each way), R-UPW-1. NULL travel minutes give NULL flags and credits.';
COMMENT ON COLUMN upw_travel.session_id IS 'The session.';
COMMENT ON COLUMN upw_travel.order_id IS 'The order.';
COMMENT ON COLUMN upw_travel.case_id IS 'The case.';
COMMENT ON COLUMN upw_travel.region IS 'Region of the case.';
COMMENT ON COLUMN upw_travel.team IS 'Team of the case.';
COMMENT ON COLUMN upw_travel.placement_id IS 'The placement.';
COMMENT ON COLUMN upw_travel.placement IS 'Placement name.';
COMMENT ON COLUMN upw_travel.session_on IS 'Date of the session.';
COMMENT ON COLUMN upw_travel.work_minutes IS 'Minutes worked.';
COMMENT ON COLUMN upw_travel.outbound_minutes IS 'Travel to the placement, minutes.';
COMMENT ON COLUMN upw_travel.return_minutes IS 'Travel back, minutes.';
COMMENT ON COLUMN upw_travel.supervised IS 'Supervised travel.';
COMMENT ON COLUMN upw_travel.over_limit IS 'True when either journey is over 90 minutes (R-UPW-1).';
COMMENT ON COLUMN upw_travel.credited_outbound_minutes IS 'Outbound minutes credited against the hours.';
COMMENT ON COLUMN upw_travel.credited_return_minutes IS 'Return minutes credited against the hours.';
COMMENT ON COLUMN upw_travel.credited_minutes IS 'Work plus credited travel for the session.';
COMMENT ON COLUMN upw_travel.cancelled_on IS 'Day the session was cancelled (NULL: not cancelled).';
COMMENT ON COLUMN upw_travel.cancelled_by IS 'service or person.';
COMMENT ON COLUMN upw_travel.short_notice_cancellation IS 'True when the service cancelled it fewer than settings.short_notice_days days before the session (R-UPW-8); false when cancelled earlier or by the person; NULL when not cancelled.';
COMMENT ON COLUMN upw_travel.placement_environment IS 'all_male, mixed, female_only or individual.';
COMMENT ON COLUMN upw_travel.all_male_against_choice IS 'True for a session (not cancelled) at an all-male placement of a person who chose not to work in an all-male group (R-UPW-7).';

-- Travel to Accredited Programmes and Structured Interventions (R-UPW-2): at most 90 minutes each way.
CREATE VIEW programme_travel WITH (security_invoker = true) AS
  SELECT s.session_id, s.case_id, c.region, c.team, s.activity, s.session_on,
         s.outbound_minutes::numeric(8,1) AS outbound_minutes, s.return_minutes::numeric(8,1) AS return_minutes,
         ttg.travel_limit_minutes(s.activity)::numeric(8,1) AS limit_minutes,
         NOT (ttg.within_travel_limit(s.outbound_minutes, s.activity)
              AND ttg.within_travel_limit(s.return_minutes, s.activity)) AS over_limit
    FROM programme_sessions s
    JOIN cases c ON c.case_id = s.case_id;
COMMENT ON VIEW programme_travel IS 'Sessions of Accredited Programmes and Structured Interventions with their travel against the 90-minute limit each way (R-UPW-2). NULL travel minutes give a NULL flag.';
COMMENT ON COLUMN programme_travel.session_id IS 'The session.';
COMMENT ON COLUMN programme_travel.case_id IS 'The case.';
COMMENT ON COLUMN programme_travel.region IS 'Region of the case.';
COMMENT ON COLUMN programme_travel.team IS 'Team of the case.';
COMMENT ON COLUMN programme_travel.activity IS 'accredited_programme or structured_intervention.';
COMMENT ON COLUMN programme_travel.session_on IS 'Date of the session.';
COMMENT ON COLUMN programme_travel.outbound_minutes IS 'Travel to the session, minutes.';
COMMENT ON COLUMN programme_travel.return_minutes IS 'Travel back, minutes.';
COMMENT ON COLUMN programme_travel.limit_minutes IS 'The limit each way for the activity (90, R-UPW-2).';
COMMENT ON COLUMN programme_travel.over_limit IS 'True when either journey is over the limit.';

\echo
\echo '== Contact compliance: last full month per team (view mcs_team_month, R-MCS-1 to R-MCS-7) =='
SELECT region, team, cases, cases_met, rate_percent AS "rate %", band, no_contact, no_valid_contact, missed_without_reoffer
  FROM probation.mcs_team_month, probation.report_date r
 WHERE month = (date_trunc('month', r.as_of) - interval '1 month')::date
 ORDER BY rate_percent, region, team LIMIT 10;
\echo '-- why case-months failed, over the last 12 months (view mcs_case_month)'
SELECT reason, coalesce(commonest_failure, '-') AS "commonest contact failure", count(*) AS case_months
  FROM probation.mcs_case_month, probation.report_date r
 WHERE NOT mcs_met AND month >= (date_trunc('month', r.as_of) - interval '12 months')::date
 GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 8;

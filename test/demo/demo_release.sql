\echo
\echo '== Through the Gate: stage of everyone in custody (view ttg_pipeline) =='
SELECT coalesce(stage, 'no release date') AS stage, count(*) AS people,
       count(*) FILTER (WHERE resettlement_prison) AS "from resettlement prisons"
  FROM probation.ttg_pipeline GROUP BY 1 ORDER BY min(days_to_release) NULLS LAST;
\echo '-- entering the 12-week window in the next 7 days, by prison'
SELECT prison, count(*) AS people, min(window_start) AS first, max(window_start) AS last
  FROM probation.ttg_pipeline p, probation.report_date r
 WHERE window_start BETWEEN r.as_of + 1 AND r.as_of + 7
 GROUP BY prison ORDER BY people DESC, prison LIMIT 8;

\echo
\echo '== Releases ahead and the 80% own-area aim (views release_forecast, resettlement_share, R-TTG-3) =='
SELECT month, home_area, releases, own_area_resettlement_releases AS "from own-area resettlement prison",
       share_percent AS "share %", target_met
  FROM probation.resettlement_share ORDER BY month, home_area LIMIT 9;

\echo
\echo '== Offender management: who holds each case today (view om_responsibility) =='
SELECT omic_responsibility AS "OMiC holder", coalesce(pom_grade, '-') AS "POM grade", count(*) AS people,
       count(*) FILTER (WHERE omic_handover_date BETWEEN r.as_of AND r.as_of + 28) AS "handing over in 28 days"
  FROM probation.om_responsibility, probation.report_date r
 GROUP BY 1, 2 ORDER BY 1, 2;

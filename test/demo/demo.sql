-- The main job: what ttg answers, on a throwaway cluster.
\pset footer off
SET DateStyle = 'ISO, YMD';
CREATE EXTENSION IF NOT EXISTS ttg;
SELECT extversion AS "ttg version" FROM pg_extension WHERE extname = 'ttg';

\echo
\echo '== England and Wales bank holidays this year and next (ttg.bank_holidays) =='
SELECT holiday, to_char(holiday, 'Dy') AS day, title
  FROM ttg.bank_holidays(date_trunc('year', current_date)::date,
                         (date_trunc('year', current_date) + interval '2 years - 1 day')::date);

\echo
\echo '== Deadlines from today, in business days (R-MCS-4: 5; R-UPW-3: 10; R-UPW-4: 15) =='
SELECT current_date AS today,
       ttg.add_business_days(current_date, 5)  AS "re-offer within 5",
       ttg.add_business_days(current_date, 10) AS "UPW assessment 10",
       ttg.add_business_days(current_date, 15) AS "UPW first session 15";

\echo
\echo '== Over Christmas: a missed appointment on each December weekday, next-offer deadline =='
SELECT d::date AS missed_on, to_char(d, 'Dy') AS day,
       ttg.add_business_days(d::date, 5) AS offer_by,
       ttg.add_business_days(d::date, 5) - d::date AS calendar_days
  FROM generate_series(make_date(extract(year FROM current_date)::int, 12, 18),
                       make_date(extract(year FROM current_date)::int, 12, 31), '1 day') d
 WHERE ttg.is_business_day(d::date);

\echo
\echo '== A local calendar: the Cardiff office closes between Christmas and New Year =='
SELECT ttg.load_calendar('cardiff_office', format(E'date,title\n%s,Office closure\n%s,Office closure\n',
       make_date(extract(year FROM current_date)::int, 12, 29), make_date(extract(year FROM current_date)::int, 12, 30)))
       AS "closures loaded";
SELECT d::date AS missed_on,
       ttg.add_business_days(d::date, 5) AS "offer by (national)",
       ttg.add_business_days(d::date, 5, 'cardiff_office') AS "offer by (Cardiff)"
  FROM generate_series(make_date(extract(year FROM current_date)::int, 12, 21),
                       make_date(extract(year FROM current_date)::int, 12, 24), '1 day') d;

-- calendar: England and Wales bank holidays and business days.
SET DateStyle = 'ISO, YMD';
-- Expected dates were worked out by hand from a printed calendar; see comments.

-- 2026 as gov.uk lists it: Christmas Friday, Boxing Day substitute Monday 28th.
SELECT * FROM ttg.bank_holidays('2026-01-01', '2026-12-31');
-- The 2022 one-offs: Spring moved to Thu 2 June, Platinum Jubilee Fri 3 June, state funeral 19 Sep;
-- Christmas on a Sunday: Boxing Day Mon 26, Christmas substitute Tue 27.
SELECT * FROM ttg.bank_holidays('2022-05-01', '2022-12-31');
-- Every one-off since 1978.
SELECT holiday, title FROM ttg.bank_holidays('1978-01-01', '2099-12-31')
 WHERE title NOT IN ('New Year''s Day', 'Good Friday', 'Easter Monday', 'Early May bank holiday',
                     'Spring bank holiday', 'Summer bank holiday', 'Christmas Day', 'Boxing Day')
   AND title NOT LIKE '%(substitute day)'
 ORDER BY holiday;
-- Holidays moved away from their standing dates are not holidays.
SELECT d, ttg.is_bank_holiday(d) FROM unnest('{1995-05-01,2002-05-27,2012-05-28,2020-05-04,2022-05-30}'::date[]) d;
-- Counts per year, range edges included.
SELECT extract(year FROM holiday) AS year, count(*) FROM ttg.bank_holidays('1978-01-01', '2099-12-31')
 WHERE extract(year FROM holiday) IN (1978, 1981, 1999, 2002, 2022, 2023, 2027, 2099)
 GROUP BY 1 ORDER BY 1;
SELECT count(*) AS empty_when_reversed FROM ttg.bank_holidays('2026-12-31', '2026-01-01');

-- is_business_day: a weekday, a Saturday, a bank holiday, a substitute day.
SELECT d, to_char(d, 'Dy') AS dow, ttg.is_business_day(d), ttg.is_bank_holiday(d)
  FROM unnest('{2026-11-23,2026-11-21,2026-12-25,2026-12-28,2026-12-29}'::date[]) d;

-- add_business_days: Thursday 24 Dec 2026; Fri 25 and Mon 28 closed.
SELECT ttg.add_business_days('2026-12-24', 1)  AS next_after_xmas_eve,   -- Tue 29 Dec
       ttg.add_business_days('2026-12-29', -1) AS back_one,              -- Thu 24 Dec
       ttg.add_business_days('2026-12-26', 0)  AS sat_zero,              -- Tue 29 Dec
       ttg.add_business_days('2026-12-24', 0)  AS thu_zero,              -- Thu 24 Dec
       ttg.add_business_days('2026-12-26', -1) AS sat_back_one,          -- Thu 24 Dec
       ttg.add_business_days('2026-05-22', 10) AS ten_over_spring,       -- Mon 8 June
       ttg.add_business_days('2026-04-02', 1)  AS over_easter;           -- Tue 7 April
-- business_days_between: x in (a, b], signed.
SELECT ttg.business_days_between('2026-12-24', '2026-12-29') AS one,
       ttg.business_days_between('2026-12-29', '2026-12-24') AS minus_one,
       ttg.business_days_between('2026-01-01', '2026-12-31') AS year_2026,   -- 261 weekdays - 8
       ttg.business_days_between('2026-03-02', '2026-03-02') AS same_day;
-- The round trip holds for every business day b after a in 2026.
SELECT count(*) AS round_trip_failures
  FROM generate_series('2026-01-02'::date, '2027-01-31', '1 day') b
 WHERE ttg.is_business_day(b::date)
   AND ttg.add_business_days('2026-01-01', ttg.business_days_between('2026-01-01', b::date)) <> b::date;
-- Against a plain day-by-day count over 2025-2027.
SELECT count(*) AS mismatches
  FROM generate_series('2025-01-01'::date, '2027-12-01', '7 days') a,
       LATERAL (SELECT count(*)::int AS n FROM generate_series(a::date + 1, a::date + 40, '1 day') x
                 WHERE extract(isodow FROM x) < 6 AND NOT ttg.is_bank_holiday(x::date)) ref
 WHERE ttg.business_days_between(a::date, a::date + 40) <> ref.n;
-- Range edges: 1 Jan 1978 is a Sunday, 2 Jan its substitute; 31 Dec 2099 a Thursday.
SELECT ttg.add_business_days('1978-01-01', 1) AS first_step,
       ttg.add_business_days('2099-12-30', 1) AS last_step,
       ttg.is_bank_holiday('1978-01-02') AS sub_1978;
-- NULL in, NULL out (STRICT).
SELECT ttg.is_bank_holiday(NULL) IS NULL AS a, ttg.is_business_day(NULL) IS NULL AS b,
       ttg.add_business_days(NULL, 1) IS NULL AS c, ttg.add_business_days('2026-01-05', NULL) IS NULL AS d,
       ttg.business_days_between(NULL, '2026-01-05') IS NULL AS e,
       (SELECT count(*) FROM ttg.bank_holidays(NULL, '2026-01-05')) = 0 AS f;
-- Markings: national functions IMMUTABLE, local-calendar overloads STABLE (they read a table), all PARALLEL SAFE.
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.provolatile, p.proparallel, p.proisstrict
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'ttg' AND p.proname IN ('is_bank_holiday', 'is_business_day', 'add_business_days',
                                           'business_days_between', 'bank_holidays', 'load_calendar')
 ORDER BY 1, 2;

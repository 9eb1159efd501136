
-- ===========================================================================
-- Demo data: realistic, reproducible synthetic extracts.
-- Every statement is CREATE OR REPLACE or COMMENT, so the upgrade from 0.1.0
-- runs this same file (sql/updates/0.1.0--0.2.0/26_demo.sql links to it).
-- ===========================================================================

-- Towns of England and Wales with their probation region (coordinates: town
-- centres, WGS84, rounded to 0.01 degree).
CREATE OR REPLACE FUNCTION ttg._demo_towns(OUT town text, OUT region text, OUT lat float8, OUT lon float8, OUT weight int)
RETURNS SETOF record LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
VALUES ('Nottingham', 'DLNR', 52.95, -1.16, 8), ('Derby', 'DLNR', 52.92, -1.48, 6),
       ('Leicester', 'DLNR', 52.64, -1.13, 8), ('Mansfield', 'DLNR', 53.14, -1.20, 3),
       ('Chesterfield', 'DLNR', 53.24, -1.42, 3), ('Loughborough', 'DLNR', 52.77, -1.21, 2),
       ('Lincoln', 'DLNR', 53.23, -0.54, 3), ('Birmingham', 'SWM', 52.48, -1.89, 12),
       ('Wolverhampton', 'SWM', 52.59, -2.13, 6), ('Coventry', 'SWM', 52.41, -1.51, 6),
       ('Stoke-on-Trent', 'SWM', 53.00, -2.18, 5), ('Walsall', 'SWM', 52.59, -1.98, 4),
       ('Stafford', 'SWM', 52.81, -2.12, 2), ('Burton upon Trent', 'SWM', 52.80, -1.64, 2),
       ('Cardiff', 'Wales', 51.48, -3.18, 6), ('Swansea', 'Wales', 51.62, -3.94, 4),
       ('Newport', 'Wales', 51.58, -3.00, 3), ('Wrexham', 'Wales', 53.05, -2.99, 2),
       ('Bangor', 'Wales', 53.23, -4.13, 1), ('Aberystwyth', 'Wales', 52.42, -4.08, 1)
$$;
COMMENT ON FUNCTION ttg._demo_towns() IS 'Internal: towns used by the demo data, with region, coordinates and a weight.';

-- Prisons used by the demo: NOMIS code, the Contract Package Area it releases
-- to (as in ttg.resettlement_prison for the resettlement prisons) and a weight.
CREATE OR REPLACE FUNCTION ttg._demo_prisons(OUT prison_code text, OUT area text, OUT weight int)
RETURNS SETOF record LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
VALUES ('NMI', 'DLNR', 6), ('RNI', 'DLNR', 5), ('FHI', 'DLNR', 2), ('SUI', 'DLNR', 3), ('LCI', 'DLNR', 3),
       ('BMI', 'SWM', 7), ('OWI', 'SWM', 8), ('BSI', 'SWM', 3), ('DGI', 'SWM', 4), ('DHI', 'SWM', 2),
       ('HEI', 'WWM', 4), ('PBI', 'BeNCH', 2), ('CFI', 'Wales', 5), ('SWI', 'Wales', 3), ('PRI', 'Wales', 5),
       ('BWI', 'Wales', 5), ('SHI', 'SWM', 3), ('LII', 'DLNR', 3), ('WWI', 'London', 2), ('MRI', 'North West', 2)
$$;
COMMENT ON FUNCTION ttg._demo_prisons() IS 'Internal: prisons used by the demo data (NOMIS code), with the area they release to and a weight.';

CREATE OR REPLACE FUNCTION ttg.generate_demo_data(target_schema name, cases integer DEFAULT 10000, seed integer DEFAULT 1,
                                       history_months integer DEFAULT 12)
RETURNS TABLE(table_name text, rows_loaded bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s text := quote_ident(target_schema);
  as_of date;
  n bigint;
BEGIN
  IF target_schema IS NULL OR cases IS NULL OR seed IS NULL OR history_months IS NULL THEN
    RAISE EXCEPTION 'generate_demo_data: no argument may be NULL' USING ERRCODE = '22004';
  END IF;
  IF cases < 1 OR cases > 10000000 THEN
    RAISE EXCEPTION 'generate_demo_data: cases must be between 1 and 10000000, not %', cases
      USING ERRCODE = '22023', HINT = 'The default is 10000.';
  END IF;
  IF history_months < 1 OR history_months > 120 THEN
    RAISE EXCEPTION 'generate_demo_data: history_months must be between 1 and 120, not %', history_months
      USING ERRCODE = '22023', HINT = 'The default is 12.';
  END IF;
  IF to_regclass(s || '.settings') IS NULL THEN
    RAISE EXCEPTION 'schema "%" holds no reporting model', target_schema
      USING ERRCODE = '42P01', HINT = 'Create it first: SELECT ttg.create_reporting_model(''' || target_schema || ''').';
  END IF;
  EXECUTE format('SELECT coalesce(as_of, current_date) FROM %s.settings', s) INTO as_of;
  PERFORM setseed((seed % 1000000) / 1000000.0);

  -- Weighted pickers: a random number in [0, 1) picks a town or prison by cumulative weight.
  CREATE TEMP TABLE IF NOT EXISTS _ttg_towns ON COMMIT DROP AS
    SELECT t.*, (sum(weight) OVER (ORDER BY town) - weight)::float8 / sum(weight) OVER () AS lo,
           sum(weight) OVER (ORDER BY town)::float8 / sum(weight) OVER () AS hi
      FROM ttg._demo_towns() t;
  CREATE TEMP TABLE IF NOT EXISTS _ttg_prisons ON COMMIT DROP AS
    SELECT p.*, (sum(weight) OVER (ORDER BY prison_code) - weight)::float8 / sum(weight) OVER () AS lo,
           sum(weight) OVER (ORDER BY prison_code)::float8 / sum(weight) OVER () AS hi
      FROM ttg._demo_prisons() p;

  -- Cases: orders and licences over the regions; ISP within three weeks of the start.
  EXECUTE format($q$
    INSERT INTO %1$s.cases
    SELECT g, t.region, t.town || ' ' || (1 + (g %% 3))::text, CASE WHEN r.sx < 0.15 THEN 'female' ELSE 'male' END,
           CASE WHEN r.bg < 0.10 THEN 'red' WHEN r.bg < 0.35 THEN 'amber' WHEN r.bg < 0.95 THEN 'green' ELSE 'blue' END,
           ot.order_type, ot.reqs, st.start + (r.isp * 21)::int, st.start,
           CASE WHEN r.en < 0.3 THEN st.start + (180 + r.en * 900)::int END
      FROM generate_series(1, %2$s) g
      CROSS JOIN LATERAL (SELECT random() AS tw, random() AS sx, random() AS bg, random() AS ot, random() AS rq,
                                 random() AS isp, random() AS en, random() AS sd, g AS g2) r
      JOIN _ttg_towns t ON r.tw >= t.lo AND r.tw < t.hi
      CROSS JOIN LATERAL (SELECT %3$L::date - (30 + r.sd * %4$s * 30.4)::int AS start) st
      CROSS JOIN LATERAL (SELECT
          CASE WHEN r.ot < 0.40 THEN 'community_order' WHEN r.ot < 0.60 THEN 'suspended_sentence_order'
               WHEN r.ot < 0.95 THEN 'licence' ELSE 'post_sentence_supervision' END AS order_type,
          CASE WHEN r.ot >= 0.60 THEN '{}'::text[]
               WHEN r.rq < 0.25 THEN '{unpaid_work}'::text[]
               WHEN r.rq < 0.32 THEN '{unpaid_work,curfew}'::text[]
               WHEN r.rq < 0.36 THEN '{curfew,electronic_monitoring}'::text[]
               WHEN r.rq < 0.60 THEN '{rar}'::text[]
               WHEN r.rq < 0.75 THEN '{rar,unpaid_work}'::text[]
               WHEN r.rq < 0.85 THEN '{accredited_programme,rar}'::text[]
               WHEN r.rq < 0.92 THEN '{drug_rehabilitation,rar}'::text[]
               ELSE '{alcohol_treatment,rar}'::text[] END AS reqs) ot
  $q$, s, cases, as_of, history_months);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'cases'; rows_loaded := n; RETURN NEXT;

  -- Contacts: about two a month from ISP completion to the end (or as_of), with the
  -- failures the rules look for: no written notice, cancelled or rearranged by the
  -- case manager, under 30 minutes, shared time, missed without a timely re-offer.
  EXECUTE format($q$
    INSERT INTO %1$s.contacts
    SELECT row_number() OVER (ORDER BY c.case_id, k.at), c.case_id, k.ctype, k.at,
           CASE WHEN k.r1 < 0.04 THEN NULL ELSE k.at - make_interval(days => 2 + (k.r2 * 12)::int) END,
           CASE WHEN k.at::date > %2$L::date THEN NULL
                WHEN k.r3 < 0.80 THEN 'attended' WHEN k.r3 < 0.88 THEN 'failed_to_attend'
                WHEN k.r3 < 0.91 THEN 'acceptable_absence' WHEN k.r3 < 0.94 THEN 'cancelled_by_case_manager'
                WHEN k.r3 < 0.96 THEN 'rearranged_by_case_manager' ELSE 'rearranged_by_service_user' END,
           CASE WHEN k.r4 < 0.03 THEN NULL WHEN k.r4 < 0.08 THEN 20 ELSE 30 + (k.r4 * 30)::int END,
           CASE WHEN k.r5 < 0.02 THEN NULL ELSE k.r5 > 0.97 END,
           CASE WHEN k.r3 >= 0.80 AND k.r3 < 0.91 AND k.r6 > 0.05 THEN k.at::date + (1 + k.r6 * 8)::int END,
           CASE WHEN k.r3 >= 0.80 AND k.r3 < 0.91 AND k.r6 > 0.05 THEN k.at::date + (3 + k.r6 * 10)::int END
      FROM %1$s.cases c
      CROSS JOIN LATERAL generate_series(0, greatest(0, (least(coalesce(c.supervision_end, %2$L::date), %2$L::date)
                                          - coalesce(c.isp_completed_on, c.supervision_start)) / 15)) AS slot
      CROSS JOIN LATERAL (SELECT random() AS r0, random() AS r1, random() AS r2, random() AS r3,
                                 random() AS r4, random() AS r5, random() AS r6, random() AS r7, slot AS s2) r
      CROSS JOIN LATERAL (SELECT
          (coalesce(c.isp_completed_on, c.supervision_start) + slot * 15 + (r.r0 * 10)::int)::timestamp
            + make_interval(hours => 9 + (r.r7 * 7)::int) AS at,
          CASE WHEN r.r7 < 0.72 THEN 'COAP' WHEN r.r7 < 0.76 THEN 'COAI' WHEN r.r7 < 0.88 THEN 'CHVS'
               WHEN r.r7 < 0.95 THEN 'CRAR' ELSE 'CTOA' END AS ctype,
          r.r1, r.r2, r.r3, r.r4, r.r5, r.r6) k
     WHERE c.isp_completed_on IS NOT NULL AND r.r0 > 0.04
  $q$, s, as_of);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'contacts'; rows_loaded := n; RETURN NEXT;

  -- Custody: one person in custody for every four cases; release dates ahead of and
  -- behind as_of; parole processes for the longer sentences.
  EXECUTE format($q$
    INSERT INTO %1$s.custody
    SELECT g, h.home_area, h.home_area, p.prison_code, sm.months, sm.sentenced,
           r.ind < 0.03, ped.ped,
           CASE WHEN r.ind >= 0.03 THEN sm.sentenced + (sm.months * 30.4 / 2)::int END,
           NULL,
           CASE WHEN sm.months < 48 AND r.ind >= 0.03 THEN sm.sentenced + (sm.months * 30.4 / 2)::int - 135 END,
           CASE WHEN sm.months < 48 AND r.ind >= 0.03 AND r.hd < 0.3 THEN sm.sentenced + (sm.months * 30.4 / 2)::int - 120 END,
           NULL, NULL,
           CASE WHEN ped.ped IS NOT NULL THEN ped.ped - 240 END,
           CASE WHEN ped.ped IS NOT NULL AND r.pr < 0.3 AND ped.ped < %2$L::date THEN ped.ped END,
           CASE WHEN ped.ped IS NOT NULL AND r.pr < 0.3 AND ped.ped < %2$L::date THEN ped.ped + 365 END,
           (ARRAY['low', 'medium', 'medium', 'high', 'high', 'very_high'])[1 + floor(r.rs * 6)::int],
           (ARRAY['a', 'b', 'b', 'c', 'c', 'd'])[1 + floor(r.tr * 6)::int],
           CASE WHEN r.mp < 0.70 THEN NULL WHEN r.mp < 0.90 THEN 1 WHEN r.mp < 0.97 THEN 2 ELSE 3 END,
           r.ind < 0.03, r.pp < 0.05, r.np < 0.55, r.ea < 0.02
      FROM generate_series(1, greatest(1, %3$s / 4)) g
      CROSS JOIN LATERAL (SELECT random() AS pw, random() AS hm, random() AS sl, random() AS ag, random() AS ind,
                                 random() AS hd, random() AS pr, random() AS rs, random() AS tr, random() AS mp,
                                 random() AS pp, random() AS np, random() AS ea, random() AS pe, g AS g2) r
      JOIN _ttg_prisons p ON r.pw >= p.lo AND r.pw < p.hi
      CROSS JOIN LATERAL (SELECT CASE WHEN r.hm < 0.78 AND p.area IN ('DLNR', 'SWM', 'Wales') THEN p.area
                                      ELSE (ARRAY['DLNR', 'SWM', 'Wales'])[1 + (r.hm * 100)::int %% 3] END AS home_area) h
      CROSS JOIN LATERAL (SELECT (12 + (r.sl ^ 2) * 108)::int AS months) m
      CROSS JOIN LATERAL (SELECT m.months,
                                 (%2$L::date - (r.ag * least(m.months * 30.4 / 2, 900) + 30)::int + 60) AS sentenced) sm
      CROSS JOIN LATERAL (SELECT CASE WHEN r.ind < 0.03 OR (sm.months >= 48 AND r.pe < 0.5)
                                      THEN sm.sentenced + (sm.months * 30.4 / 3)::int END AS ped) ped
  $q$, s, as_of, cases);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'custody'; rows_loaded := n; RETURN NEXT;

  -- Placements: about one for every fifty cases, in the towns, of each environment.
  EXECUTE format($q$
    INSERT INTO %1$s.placements
    SELECT g, t.region, t.town || ' ' || (ARRAY['community garden', 'charity shop', 'canal clearance', 'church hall',
                                                'food bank', 'park maintenance', 'furniture project'])[1 + g %% 7],
           t.town, t.lat + (r.dy - 0.5) * 0.08, t.lon + (r.dx - 0.5) * 0.12,
           2 + (r.cp * 8)::int,
           CASE WHEN r.ev < 0.35 THEN 'all_male' WHEN r.ev < 0.85 THEN 'mixed' WHEN r.ev < 0.93 THEN 'female_only' ELSE 'individual' END,
           r.et < 0.25, r.hr < 0.40,
           CASE WHEN r.dd < 0.5 THEN 31 WHEN r.dd < 0.8 THEN 127 ELSE 96 END
      FROM generate_series(1, greatest(3, %2$s / 50)) g
      CROSS JOIN LATERAL (SELECT random() AS tw, random() AS dy, random() AS dx, random() AS cp, random() AS ev,
                                 random() AS et, random() AS hr, random() AS dd, g AS g2) r
      JOIN _ttg_towns t ON r.tw >= t.lo AND r.tw < t.hi
  $q$, s, cases);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'placements'; rows_loaded := n; RETURN NEXT;

  -- Unpaid Work orders for the cases with an unpaid_work requirement.
  EXECUTE format($q$
    INSERT INTO %1$s.upw_orders
    SELECT c.case_id, c.case_id, c.supervision_start, c.supervision_start + (r.st * 10)::int,
           CASE WHEN r.asd < 0.9 THEN c.supervision_start + (3 + r.asd * 12)::int END,
           CASE WHEN r.fs < 0.85 AND c.supervision_start + 40 < %2$L::date THEN c.supervision_start + (r.st * 10)::int + (2 + r.fs * 22)::int END,
           h.hours, least(h.hours, round((h.hours * least(1.0, greatest(0, %2$L::date - c.supervision_start - 10) / 365.0) * (0.75 + r.pg * 0.45))::numeric)),
           r.ee < 0.3, CASE WHEN r.ee < 0.3 THEN round((r.em * h.hours * 60 * 0.25)::numeric) ELSE 0 END,
           t.lat + (r.dy - 0.5) * 0.10, t.lon + (r.dx - 0.5) * 0.15,
           c.sex = 'female' AND r.am < 0.6,
           CASE WHEN r.av < 0.4 THEN NULL WHEN r.av < 0.7 THEN 31 WHEN r.av < 0.9 THEN 96 ELSE 21 END,
           (ARRAY['low', 'low', 'medium', 'medium', 'high', 'very_high'])[1 + floor(r.rs * 6)::int],
           r.aw < 0.08
      FROM %1$s.cases c
      JOIN _ttg_towns t ON c.team LIKE t.town || ' %%'
      CROSS JOIN LATERAL (SELECT random() AS st, random() AS asd, random() AS fs, random() AS pg, random() AS ee,
                                 random() AS em, random() AS dy, random() AS dx, random() AS am, random() AS av,
                                 random() AS rs, random() AS aw, random() AS hr, c.case_id AS c2) r
      CROSS JOIN LATERAL (SELECT (ARRAY[40, 60, 80, 100, 120, 150, 200, 250, 300])[1 + floor(r.hr * 9)::int]::numeric AS hours) h
     WHERE 'unpaid_work' = ANY (c.requirements)
  $q$, s, as_of);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'upw_orders'; rows_loaded := n; RETURN NEXT;

  -- Sessions: the last few weeks of work, at a placement of the order's region.
  EXECUTE format($q$
    INSERT INTO %1$s.upw_sessions
    SELECT row_number() OVER (ORDER BY o.order_id, w), o.order_id,
           pr.ids[1 + (r.pk * (cardinality(pr.ids) - 1))::int],
           %2$L::date - 7 * w - (r.dd * 4)::int, 420,
           round((10 + r.tt ^ 2 * 100)::numeric), round((10 + r.tr ^ 2 * 100)::numeric), r.sp < 0.7, false
      FROM %1$s.upw_orders o
      JOIN %1$s.cases c USING (case_id)
      JOIN (SELECT region, array_agg(placement_id ORDER BY placement_id) AS ids
              FROM %1$s.placements GROUP BY region) pr ON pr.region = c.region
      CROSS JOIN generate_series(1, 4) w
      CROSS JOIN LATERAL (SELECT random() AS dd, random() AS tt, random() AS tr, random() AS sp, random() AS pk, o.order_id + w AS w2) r
     WHERE NOT o.awaiting_placement AND o.first_session_on IS NOT NULL AND o.first_session_on < %2$L::date - 7 * w
  $q$, s, as_of);
  GET DIAGNOSTICS n = ROW_COUNT; table_name := 'upw_sessions'; rows_loaded := n; RETURN NEXT;

  EXECUTE format('ANALYZE %1$s.cases; ANALYZE %1$s.contacts; ANALYZE %1$s.custody; ANALYZE %1$s.placements;
                  ANALYZE %1$s.upw_orders; ANALYZE %1$s.upw_sessions', s);
  DROP TABLE IF EXISTS _ttg_towns;
  DROP TABLE IF EXISTS _ttg_prisons;
END
$fn$;
COMMENT ON FUNCTION ttg.generate_demo_data(name, integer, integer, integer) IS
  'Fill a reporting model with realistic synthetic data: cases over English and Welsh towns, contacts with the failures the MCS rules look for, people in custody in real prisons, Unpaid Work orders, sessions and placements. The same seed gives the same data for the same settings.as_of (NULL: today). history_months sets how far back supervision starts.';

#!/usr/bin/env bash
# local_data_roundtrip.sh: a DBA's data (local calendars with their closures, added
# resettlement prisons and prison names, local rows of every code table, the
# registry of reporting models) comes back whole from pg_dump -Fc and a
# parallel pg_restore -j 2, five times, whichever table's data the restore loads
# first: the calendars are many and the closures few, so the closures' COPY can end
# first (0.1.0's foreign key then rejected the closures). Run by check.sh; by hand:
#   bash test/scripts/local_data_roundtrip.sh      (takes the install lock unless TTG_LOCKED=1)
# Prints "local data roundtrip: ok (N runs)" or what differs, and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" != --inside ]; then
  if [ "${TTG_LOCKED:-0}" != 1 ]; then
    exec 9>/tmp/ttg-check.lock
    flock 9
    make -s with_llvm=no >/dev/null
    make -s with_llvm=no install >/dev/null
  fi
  pg_virtualenv bash "$0" --inside 2>&1 | grep -E '^local data roundtrip|^  |ERROR'
  exit "${PIPESTATUS[0]}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
psql -X -q -c "CREATE DATABASE ld_src"
psql -X -q -d ld_src -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
CREATE EXTENSION ttg;
SELECT ttg.load_calendar(format('office_%s', i), E'date,title\n') FROM generate_series(1, 3000) i;
SELECT ttg.load_calendar('cardiff', E'date,title\n2026-12-29,Closed\n2026-12-30,"Closed, day 2"\n');
INSERT INTO ttg.calendar_closure VALUES ('office_7', '2027-01-04', 'Stocktake');
SELECT ttg.load_resettlement_prisons(E'prison_code,prison,cpa,crc,role,live_from\nHMI,HMP Humber,HL,HL,host,2019-04-01\n');
INSERT INTO ttg.mcs_outcome_code (code, outcome, description) VALUES ('LOC1', 'attended', 'Local: attended');
SELECT ttg.load_prisons(E'prison_code,prison\nZZL,HMP Local Test\n');
-- One local row in each code table, copying a shipped row's word (whatever the words are).
INSERT INTO ttg.contact_type_code (code, contact_type, description)
  SELECT 'LOCCT', contact_type, 'Local contact type' FROM ttg.contact_type_code WHERE shipped ORDER BY code LIMIT 1;
INSERT INTO ttg.requirement_code (code, requirement, description)
  SELECT 'LOCRQ', requirement, 'Local requirement' FROM ttg.requirement_code WHERE shipped ORDER BY code LIMIT 1;
INSERT INTO ttg.brag_status_code (code, brag, contacts_per_month, description)
  SELECT 'LOCBR', brag, 3, 'Local BRAG' FROM ttg.brag_status_code WHERE shipped ORDER BY code LIMIT 1;
INSERT INTO ttg.tier_code (code, tier, description)
  SELECT 'LOCTI', tier, 'Local tier' FROM ttg.tier_code WHERE shipped ORDER BY code LIMIT 1;
-- A reporting model with rows: its tables and views are the database's, its registry row ttg's.
SELECT ttg.create_reporting_model('probation');
SELECT ttg.generate_demo_data('probation', 200);
SQL
cat > "$work/snap.sql" <<'SQL'
SELECT md5(string_agg(x, E'\n' ORDER BY x)) FROM (
  SELECT format('c %s %s %s', name, loaded_at, loaded_by) FROM ttg.calendar
  UNION ALL SELECT format('k %s %s %s', calendar, closed_on, title) FROM ttg.calendar_closure
  UNION ALL SELECT format('p %s', r) FROM ttg.resettlement_prison r WHERE NOT r.shipped
  UNION ALL SELECT format('s %s', r.prison_code) FROM ttg.resettlement_prison r WHERE r.shipped
  UNION ALL SELECT format('o %s', o) FROM ttg.mcs_outcome_code o
  UNION ALL SELECT format('n %s %s %s', p.prison_code, p.prison, p.shipped) FROM ttg.prison p
  UNION ALL SELECT format('t %s', r) FROM ttg.contact_type_code r WHERE NOT r.shipped
  UNION ALL SELECT format('q %s', r) FROM ttg.requirement_code r WHERE NOT r.shipped
  UNION ALL SELECT format('b %s', r) FROM ttg.brag_status_code r WHERE NOT r.shipped
  UNION ALL SELECT format('i %s', r) FROM ttg.tier_code r WHERE NOT r.shipped
  UNION ALL SELECT format('r %s %s %s %s', m.schema_name, m.row_security, m.objects, m.built_version) FROM ttg.reporting_model m
  UNION ALL SELECT format('m %s', t) FROM probation.mcs_team_month t) s(x);
SQL
# Each table must hold its local row before the dump: a snapshot of nothing proves nothing.
for check in "ttg.prison WHERE prison_code = 'ZZL'" "ttg.contact_type_code WHERE code = 'LOCCT'" \
             "ttg.requirement_code WHERE code = 'LOCRQ'" "ttg.brag_status_code WHERE code = 'LOCBR'" \
             "ttg.tier_code WHERE code = 'LOCTI'" "ttg.reporting_model WHERE schema_name = 'probation'"; do
  n=$(psql -X -At -d ld_src -c "SELECT count(*) FROM $check")
  [ "$n" = 1 ] || { echo "local data roundtrip: source lacks its row in $check"; exit 1; }
done
want=$(psql -X -At -d ld_src -f "$work/snap.sql")
pg_dump -Fc -d ld_src -f "$work/ld.dump"
runs=5
for i in $(seq 1 $runs); do
  psql -X -q -c "DROP DATABASE IF EXISTS ld_dst" -c "CREATE DATABASE ld_dst" 2>/dev/null
  if ! pg_restore -j 2 -d ld_dst "$work/ld.dump" 2>"$work/restore.err"; then
    echo "local data roundtrip: pg_restore -j 2 failed on run $i"; sed 's/^/  /' "$work/restore.err" | head; exit 1
  fi
  got=$(psql -X -At -d ld_dst -f "$work/snap.sql")
  if [ "$got" != "$want" ]; then
    echo "local data roundtrip: run $i differs:" \
      "$(psql -X -At -d ld_dst -c "SELECT (SELECT count(*) FROM ttg.calendar) || ' calendars, ' || (SELECT count(*) FROM ttg.calendar_closure) || ' closures'")"
    exit 1
  fi
  # Cardiff is closed on 29 and 30 Dec 2026, and 25 and 28 Dec are bank holidays:
  # the next business day after Thu 24 Dec is Thu 31 Dec.
  next=$(psql -X -At -d ld_dst -c "SELECT ttg.add_business_days('2026-12-24', 1, 'cardiff')")
  [ "$next" = 2026-12-31 ] || { echo "local data roundtrip: cardiff gives $next on run $i"; exit 1; }
done
# The restored registry still rebuilds its model in place.
psql -X -q -d ld_dst -v ON_ERROR_STOP=1 -c "SELECT ttg.rebuild_reporting_model('probation')" >/dev/null \
  || { echo "local data roundtrip: the restored model does not rebuild"; exit 1; }
got=$(psql -X -At -d ld_dst -f "$work/snap.sql")
[ "$got" = "$want" ] || { echo "local data roundtrip: the rebuilt model answers differently"; exit 1; }
# The restored database refuses DROP EXTENSION without CASCADE: the data is a DBA's.
if psql -X -q -d ld_dst -c "DROP EXTENSION ttg" 2>/dev/null; then
  echo "local data roundtrip: DROP EXTENSION ttg went through with local data"; exit 1
fi
echo "local data roundtrip: ok ($runs runs)"

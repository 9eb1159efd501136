#!/usr/bin/env bash
# release_dump_roundtrip.sh: check that pg_dump keeps the resettlement prisons a
# DBA added and leaves out the shipped ones, so a restore does not collide with
# the rows CREATE EXTENSION loads. Run by hand from the worktree root:
#   bash test/scripts/release_dump_roundtrip.sh
# Holds the shared install lock; prints "dump roundtrip: ok" or fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec 9>/tmp/ttg-check.lock
flock 9
make -s >/dev/null
make -s install >/dev/null
pg_virtualenv bash -c '
set -euo pipefail
dump=$(mktemp)
psql -X -q -c "CREATE DATABASE src" -c "CREATE DATABASE dst"
psql -X -q -d src -c "CREATE EXTENSION ttg" \
  -c "SELECT ttg.load_resettlement_prisons(E'"'"'prison_code,prison,cpa,crc,role,live_from\nHMI,HMP Humber,HL,HL,host,2019-04-01\n'"'"')" >/dev/null
pg_dump -d src -f "$dump"
psql -X -q -d dst -v ON_ERROR_STOP=1 -f "$dump" >/dev/null
got=$(psql -X -At -d dst -c "SELECT string_agg(prison_code || (CASE WHEN shipped THEN '"'"'s'"'"' ELSE '"'"'l'"'"' END), '"'"','"'"' ORDER BY prison_code) FROM ttg.resettlement_prison")
rm -f "$dump"
want="BMIs,BSIs,DGIs,DHIs,FHIs,HEIs,HMIl,LCIs,NMIs,OWIs,PBIs,RNIs,SUIs"
if [ "$got" = "$want" ]; then echo "dump roundtrip: ok"; else echo "dump roundtrip: got $got, want $want"; exit 1; fi
' 2>&1 | grep -E "^dump roundtrip|ERROR"

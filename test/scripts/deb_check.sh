#!/usr/bin/env bash
# Build the Debian package postgresql-15-ttg from the tracked tree with pg_buildext
# (debian/), install it with dpkg on this machine, and use it from a clean cluster:
# CREATE EXTENSION and one query. Run by check.sh (which holds the install lock);
# removes the package afterwards. Prints "deb: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/ttg-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/ttg"
git ls-files -z | xargs -0 tar -cf - | tar -xf - -C "$work/ttg"
pass=0; fail=0
if (cd "$work/ttg" && dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1); then
  pass=$((pass + 1)); echo "deb: built $(ls "$work"/postgresql-15-ttg_*.deb | xargs -n1 basename)"
else
  fail=$((fail + 1)); tail -30 "$work/build.log"; echo "deb: 0 passed, 1 failed"; exit 1
fi
deb=$(ls "$work"/postgresql-15-ttg_*_*.deb | grep -v dbgsym)
dpkg-deb -f "$deb" Depends | grep -q 'libcsv3' && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "deb: Depends lacks libcsv3"; }
if dpkg -i "$deb" >/dev/null; then
  out=$(pg_virtualenv psql -X -At -v ON_ERROR_STOP=1 \
        -c "CREATE EXTENSION ttg" \
        -c "SELECT extversion FROM pg_extension WHERE extname = 'ttg'" \
        -c "SELECT ttg.add_business_days('2026-12-24', 1)" 2>&1)
  # 24 Dec 2026 is a Thursday; 25 and 28 Dec (Boxing Day's substitute) are bank holidays.
  if printf '%s\n' "$out" | grep -qx '0.2.0' && printf '%s\n' "$out" | grep -qx '2026-12-29'; then
    pass=$((pass + 1)); echo "deb: installed package answers (0.2.0, 2026-12-29)"
  else
    fail=$((fail + 1)); echo "deb: installed package did not answer as expected:"; echo "$out"
  fi
  dpkg -r postgresql-15-ttg >/dev/null || true
else
  fail=$((fail + 1)); echo "deb: dpkg -i failed"
fi
echo "deb: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

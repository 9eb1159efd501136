#!/usr/bin/env bash
# Run every ```sql snippet of README.md, in order, as written, each in its own psql
# session against one fresh database (as a reader following the README would), and
# count those that fail. A snippet preceded by the line
#   <!-- readme-test: expect-error -->
# must fail; one preceded by <!-- readme-test: skip REASON --> is not run (the
# reason says why, e.g. it names a file of the reader's). Run inside pg_virtualenv
# (check.sh does), from the repository's top folder, which is where snippets that
# read files find them.
set -uo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/ttg-readme.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import re, sys, os
work = sys.argv[1]
lines = open('README.md').read().split('\n')
n = 0; i = 0; mark = ''
while i < len(lines):
    l = lines[i]
    m = re.match(r'<!-- readme-test: (expect-error|skip)(.*)-->', l.strip())
    if m:
        mark = m.group(1)
    if l.strip() == '```sql':
        start = i + 1; body = []
        i += 1
        while lines[i].strip() != '```':
            body.append(lines[i]); i += 1
        n += 1
        open(os.path.join(work, '%03d_%d_%s.sql' % (n, start, mark or 'run')), 'w').write('\n'.join(body) + '\n')
        mark = ''
    elif l.strip() and not m and not l.startswith('<!--'):
        pass
    i += 1
PY
passed=0; failed=0; skipped=0
psql -X -q -c 'DROP DATABASE IF EXISTS ttg_readme' -c 'CREATE DATABASE ttg_readme' postgres >/dev/null || exit 1
for f in "$work"/*.sql; do
  b=$(basename "$f" .sql); line=$(echo "$b" | cut -d_ -f2); kind=$(echo "$b" | cut -d_ -f3)
  [ "$kind" = skip ] && { skipped=$((skipped + 1)); continue; }
  out=$(psql -X -q -v ON_ERROR_STOP=1 -d ttg_readme -f "$f" 2>&1 >/dev/null); rc=$?
  if { [ "$kind" = run ] && [ $rc -eq 0 ]; } || { [ "$kind" = expect-error ] && [ $rc -ne 0 ]; }; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "README.md line $line: snippet $( [ "$kind" = run ] && echo failed || echo 'did not fail' ):"
    echo "$out" | head -5 | sed 's/^/    /'
  fi
done
psql -X -q -c 'DROP DATABASE ttg_readme' postgres >/dev/null 2>&1
echo "readme: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# The README test: run every ```sql snippet of README.md, in order, as written, each
# in its own psql session (ON_ERROR_STOP: a snippet stops at its first error) against
# one fresh database of a throwaway cluster (pg_virtualenv), from the repository's
# top folder, which is where snippets that read example files find them.
#
#   bash test/scripts/readme_check.sh [README]    (the installed ttg is used: install
#                                                  it first, under the lock)
#   TTG_README_KEEP=DIR keeps each snippet's file, output and errors in DIR.
#
# Markers, on the line just before a ```sql line:
#   <!-- readme-test: expect-error -->      the snippet must fail
#   <!-- readme-test: skip REASON -->       the snippet is not run (REASON says why)
# A ```text block that follows a ```sql block (blank lines between allowed) is the
# snippet's expected output: psql's stdout must equal it, trailing blanks aside (for
# an expect-error snippet, its messages: stderr without psql's "psql:FILE:N: ").
# Prints each failing snippet with its line, then "readme: N passed, N failed";
# exits non-zero when any snippet fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
readme=${1:-README.md}

if [ -z "${TTG_README_INNER:-}" ]; then
  # Outside a cluster: run this script again inside a throwaway one. pg_virtualenv
  # prints the server log when its command fails, so the inner run always exits 0
  # and leaves its verdict in a file.
  verdict=$(mktemp /tmp/ttg-readme-verdict.XXXXXX)
  TTG_README_INNER="$verdict" pg_virtualenv bash "$0" "$readme"
  rc=$(cat "$verdict" 2>/dev/null); rm -f "$verdict"
  [ "$rc" = 0 ]; exit
fi

work=$(mktemp -d /tmp/ttg-readme.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo 1 > "$TTG_README_INNER"

# Split the README: $work/NNN.sql, $work/NNN.expected, and an index of
# "NNN line kind reason text-block-line", fields separated by \037 (empty ones kept).
awk -v dir="$work" '
  function trim(s) { gsub(/^[ \t\r]+|[ \t\r]+$/, "", s); return s }
  BEGIN { n = 0; state = "out"; kind = "run"; reason = "" }
  {
    line = $0; sub(/\r$/, "", line); t = trim(line)
    if (state == "sql") {
      if (t == "```") { state = "after"; close(f); next }
      print line > f; next
    }
    if (state == "text") {
      if (t == "```") { state = "out"; close(e); next }
      print line > e; next
    }
    if (state == "after") {
      if (t == "") next
      state = "out"
      if (t == "```text") {
        e = sprintf("%s/%03d.expected", dir, n); printf "" > e
        textline[n] = NR; state = "text"; next
      }
    }
    if (t ~ /^<!-- readme-test: (expect-error|skip)/) {
      r = t; sub(/^<!-- readme-test: /, "", r); sub(/ *-->$/, "", r)
      if (r ~ /^expect-error/) { kind = "expect-error"; reason = "" }
      else { kind = "skip"; reason = r; sub(/^skip */, "", reason) }
      next
    }
    if (t == "```sql") {
      n++; f = sprintf("%s/%03d.sql", dir, n); printf "" > f
      start[n] = NR + 1; kinds[n] = kind; reasons[n] = reason
      kind = "run"; reason = ""; state = "sql"; next
    }
    if (t != "") { kind = "run"; reason = "" }   # a marker applies to the next line only
  }
  END {
    if (state == "sql" || state == "text") { print "unclosed block at end of file" > "/dev/stderr"; exit 1 }
    for (i = 1; i <= n; i++)
      printf "%03d\037%d\037%s\037%s\037%s\n", i, start[i], kinds[i], reasons[i], textline[i] > (dir "/index")
  }
' "$readme" || { echo "readme: cannot read the snippets of $readme"; echo "readme: 0 passed, 1 failed"; exit 0; }
[ -s "$work/index" ] || { echo "readme: no \`\`\`sql snippet in $readme"; echo "readme: 0 passed, 1 failed"; exit 0; }

norm() { sed -e 's/[[:space:]]*$//' "$1" | awk '{ l[NR] = $0 } END { n = NR; while (n > 0 && l[n] == "") n--; for (i = 1; i <= n; i++) print l[i] }'; }

passed=0; failed=0; skipped=0; skips=()
PGOPTIONS='-c client_min_messages=warning' psql -X -q -c 'DROP DATABASE IF EXISTS ttg_readme' -c 'CREATE DATABASE ttg_readme' postgres >/dev/null ||
  { echo "readme: cannot create a database"; echo "readme: 0 passed, 1 failed"; exit 0; }
while IFS=$'\037' read -r id line kind reason textline; do
  f="$work/$id.sql"
  if [ "$kind" = skip ]; then skipped=$((skipped + 1)); skips+=("line $line (${reason:-no reason given})"); continue; fi
  timeout 600 psql -X -q -v ON_ERROR_STOP=1 -d ttg_readme -f "$f" >"$work/$id.out" 2>"$work/$id.err" </dev/null; rc=$?
  why=""; got="$work/$id.out"
  if [ "$kind" = expect-error ]; then
    # what a text block shows of a failing snippet is its messages, without psql's prefix
    sed "s|^psql:$f:[0-9]*: ||" "$work/$id.err" > "$work/$id.msg"; got="$work/$id.msg"
    if [ $rc -eq 0 ]; then why="did not fail, and it is marked expect-error"
    elif [ -f "$work/$id.expected" ] && ! diff -q <(norm "$work/$id.expected") <(norm "$got") >/dev/null; then
      why="messages differ from the text block at line $textline"; fi
  elif [ $rc -ne 0 ]; then
    why="failed"
  elif [ -f "$work/$id.expected" ] && ! diff -q <(norm "$work/$id.expected") <(norm "$got") >/dev/null; then
    why="output differs from the text block at line $textline"
  fi
  if [ -z "$why" ]; then passed=$((passed + 1)); continue; fi
  failed=$((failed + 1))
  echo "$readme line $line: snippet $why:"
  if [ "$why" = failed ]; then
    # the first lines of the error, psql's "psql:FILE:N:" turned into the README's line
    awk -v f="psql:$f:" -v base="$line" -v rd="$readme" '{
        if (index($0, f) == 1) { r = substr($0, length(f) + 1); n = r + 0; sub(/^[0-9]+:/, "", r)
                                 $0 = rd " line " (base + n - 1) " (where the statement ends):" r } print }' "$work/$id.err" |
      head -6 | sed 's/^/    /'
  elif [ -f "$work/$id.expected" ]; then
    diff -u --label "README (expected)" --label "psql (got)" <(norm "$work/$id.expected") <(norm "$got") |
      head -30 | sed 's/^/    /'
  fi
done < "$work/index"
psql -X -q -c 'DROP DATABASE ttg_readme' postgres >/dev/null 2>&1
# TTG_README_KEEP=DIR keeps each snippet's input, output and errors (to write a text block).
[ -n "${TTG_README_KEEP:-}" ] && mkdir -p "$TTG_README_KEEP" && cp "$work"/* "$TTG_README_KEEP"/
[ $skipped -gt 0 ] && printf 'readme: skipped %s\n' "${skips[@]}"
echo "readme: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && echo 0 > "$TTG_README_INNER"
exit 0

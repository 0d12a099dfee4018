#!/usr/bin/env bash
# Smoke test of the benchmark peers (ctest: bench_peers_smoke): both index the
# first 500 KCNA stories of 2011 and must agree on queries whose answers can
# be counted in the data itself.
#   peers_smoke_test.sh XAPIAN_BASELINE FTS5_PEER KCNA_2011_JSONL
set -euo pipefail
xapian="$1" fts5="$2" corpus="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -n 500 "$corpus" > "$work/slice.jsonl"

fail() { echo "FAIL: $*" >&2; exit 1; }
# The matches column of the only line of a one-round query run.
matches() { tail -n +2 "$1" | cut -f3; }

"$xapian" index --db "$work/xapian" "$work/slice.jsonl" > "$work/x.json"
grep -q '"documents": 500' "$work/x.json" || fail "xapian_baseline indexed: $(cat "$work/x.json")"
"$fts5" index --db "$work/fts5.db" "$work/slice.jsonl" > "$work/f.json"
grep -q '"documents": 500' "$work/f.json" || fail "fts5_peer indexed: $(cat "$work/f.json")"

# A word whose forms both stemmers fold alike: both must find every story
# that has "message" or "messages" (any case) in it.
expected=$(grep -ciE '\bmessages?\b' "$work/slice.jsonl")
((expected > 0)) || fail "the slice has no story with message; pick another word"
echo "message" > "$work/q.txt"
"$xapian" query --db "$work/xapian" --queries "$work/q.txt" > "$work/xq.tsv"
"$fts5" query --db "$work/fts5.db" --queries "$work/q.txt" > "$work/fq.tsv"
[[ "$(matches "$work/xq.tsv")" == "$expected" ]] || fail "xapian message: $(cat "$work/xq.tsv") != $expected"
[[ "$(matches "$work/fq.tsv")" == "$expected" ]] || fail "fts5 message: $(cat "$work/fq.tsv") != $expected"

# With --facets the FTS5 peer counts by year, and the counts add up to the
# same total; a date filter outside the slice finds nothing.
"$fts5" query --db "$work/fts5.db" --queries "$work/q.txt" --facets > "$work/ff.tsv"
[[ "$(matches "$work/ff.tsv")" == "$expected" ]] || fail "fts5 facets: $(cat "$work/ff.tsv")"
printf 'message\t1999-01-01\t1999-12-31\n' > "$work/none.txt"
"$fts5" query --db "$work/fts5.db" --queries "$work/none.txt" > "$work/fn.tsv"
[[ "$(matches "$work/fn.tsv")" == "0" ]] || fail "fts5 date filter: $(cat "$work/fn.tsv")"
echo "message date:19990101..19991231" > "$work/xnone.txt"
"$xapian" query --db "$work/xapian" --queries "$work/xnone.txt" > "$work/xn.tsv"
[[ "$(matches "$work/xn.tsv")" == "0" ]] || fail "xapian date filter: $(cat "$work/xn.tsv")"

# A query FTS5 cannot parse (a bare hyphen) is reported as refused: -1.
echo "Ryong-hae" > "$work/bad.txt"
"$fts5" query --db "$work/fts5.db" --queries "$work/bad.txt" > "$work/fb.tsv" 2>/dev/null
[[ "$(matches "$work/fb.tsv")" == "-1" ]] || fail "fts5 refused query: $(cat "$work/fb.tsv")"

"$fts5" compact --db "$work/fts5.db"
"$fts5" query --db "$work/fts5.db" --queries "$work/q.txt" > "$work/fc.tsv"
[[ "$(matches "$work/fc.tsv")" == "$expected" ]] || fail "fts5 after compact: $(cat "$work/fc.tsv")"
echo "peers agree: message in $expected of 500 stories"

#!/usr/bin/env bash
# Import benchmark against a running Passerelle. Not a test: it asserts nothing about speed.
#
# Without DB (any database, e.g. H2): generates an N-line employee CSV (default 1,000,000),
# uploads it, waits for the run and prints lines/s, the server's peak resident memory, and the
# ratio of import time to a plain `wc -l` of the same file (a machine-speed baseline, so figures
# from different machines compare).
#
# With DB=<database> (the MariaDB database the server runs on): generates 3 distinct files of N
# lines (new people in each: ids and emails carry a per-file tag), and for each one times the
# import through the API (upload start to the run's end state) and a plain `LOAD DATA LOCAL
# INFILE` of the same file into a bare table of 6 VARCHAR columns in that database, after one
# warm-up import that is not counted (WARMUP_IMPORTS=n: n of them, 0 for none). Prints each
# figure, the medians of the 3, the peak server RSS, and as its last line
#   import ratio: X.XXX   = our median lines/s / LOAD DATA median lines/s
#
#   usage: [DB=test_bench] src/test/bench/import-benchmark.sh [lines] [base-url]
#   env:   WARMUP_IMPORTS (1): imports before the measured ones;
#          DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty): the MariaDB
#          connection for LOAD DATA; SERVER_PID: the server's process when `ss` cannot find it
#          from the port (peak RSS is then 0).
# Needs bash, curl, awk, sed, bc, and with DB the mariadb (or mysql) client.
set -euo pipefail
export LC_ALL=C # decimal points in printf and bc

lines=${1:-1000000}
base=${2:-http://localhost:9080}
db=${DB:-}
auth=admin:admin
[[ $lines =~ ^[1-9][0-9]*$ ]] || { echo "usage: [DB=name] $0 [lines] [base-url]" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

die() {
  echo "import-benchmark: $*" >&2
  exit 1
}

# shellcheck source=employees.sh
. "$(dirname "$0")/employees.sh"

api() { curl -sSf -u "$auth" "$@"; }

# The server's process, for its memory: the one listening on the URL's port.
port=$(echo "$base" | sed -nE 's#^[a-z]+://[^/:]+:([0-9]+).*#\1#p')
pid=${SERVER_PID:-}
if [ -z "$pid" ] && [ -n "$port" ]; then
  pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1 || true)
fi
peak=0 # KiB, over the whole benchmark
sample_rss() {
  [ -n "$pid" ] || return 0
  local rss
  rss=$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status 2>/dev/null || true)
  if [ "${rss:-0}" -gt "$peak" ]; then peak=$rss; fi
}

create_flow() {
  api -H 'Content-Type: application/json' -X POST "$base/api/v1/flows" -d "{
    \"name\": \"bench-$(date +%s)-$$\", \"mapping\": {\"external_id\": \"employee_id\", \"email\": \"work_email\"},
    \"requiredFields\": [\"external_id\", \"first_name\", \"last_name\", \"email\", \"start_date\"]}" \
    | sed -E 's/.*"id":([0-9]+).*/\1/'
}

# The server's peak RSS, sampled from /proc every 100 ms while an import runs (no request to it).
sample_rss_while() {
  local peakfile=$1
  while [ -e "$peakfile.on" ]; do
    sample_rss
    echo "$peak" >"$peakfile"
    sleep 0.1
  done
}

# import_file FLOW FILE NAME: uploads FILE and waits for the run's end with the API's own wait
# (GET /api/v1/runs/{id}?wait=60: answered when the run ends). Sets run, state, total and elapsed
# (seconds from the upload's start to the end state being received).
import_file() {
  local flow=$1 file=$2 name=$3 start body
  touch "$work/rss.on"
  sample_rss_while "$work/rss" &
  start=$(date +%s.%N)
  run=$(api -H 'Content-Type: text/csv' --data-binary @"$file" \
    -X POST "$base/api/v1/flows/$flow/uploads?filename=$name" | sed -E 's/.*"id":([0-9]+).*/\1/')
  # One request per minute of import instead of polls: 20 polls a second cost the server 2-5 ms
  # of CPU each, taken from the import being measured (about 0.4 s of a 100k-line import).
  while :; do
    body=$(api "$base/api/v1/runs/$run?wait=60")
    state=$(echo "$body" | sed -E 's/.*"state":"([A-Z_]+)".*/\1/')
    [ "$state" != "IN_PROGRESS" ] && break
    sleep 0.2 # answered before the end: a minute passed, or the server had no room for a wait
  done
  elapsed=$(echo "$(date +%s.%N) - $start" | bc -l)
  rm -f "$work/rss.on"
  wait
  peak=$(cat "$work/rss" 2>/dev/null || echo "$peak")
  total=$(echo "$body" | sed -E 's/.*"total":([0-9]+).*/\1/')
  counts=$(echo "$body" | sed -E 's/.*"counts":(\{[^}]*\}).*/\1/')
}

# A run that did not read the whole file makes its figure meaningless.
check_run() {
  case "$state" in
    SUCCEEDED | PARTIALLY_FAILED) ;;
    *) die "run $run ended $state, not imported: $(api "$base/api/v1/runs/$run")" ;;
  esac
  [ "$total" -eq "$lines" ] || die "run $run holds $total lines, $lines expected"
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {printf "%.6f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# ---------------------------------------------------------------------------------------------
# Without DB: one import, compared with `wc -l` (the original benchmark).
if [ -z "$db" ]; then
  file=$work/employees.csv
  echo "generating $lines lines..."
  gen_csv "$file" "$lines"
  echo "file: $(du -h "$file" | cut -f1)"

  t0=$(date +%s.%N); wc -l "$file" >/dev/null; t1=$(date +%s.%N)
  baseline=$(echo "$t1 - $t0" | bc -l)

  flow=$(create_flow)
  import_file "$flow" "$file" bench.csv
  echo "run $run: $state"
  echo "counts $counts"
  echo
  printf 'lines: %d  elapsed (upload + import): %.1f s  throughput: %.0f lines/s\n' \
    "$lines" "$elapsed" "$(echo "$lines / $elapsed" | bc -l)"
  printf 'peak server RSS: %d MiB  ratio import/wc-l: %.0fx\n' $((peak / 1024)) \
    "$(echo "$elapsed / $baseline" | bc -l)"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# With DB: 3 imports against 3 LOAD DATA of the same files, in the server's own database.
client=$(command -v mariadb || command -v mysql || true)
[ -n "$client" ] || die "DB is set but neither the mariadb nor the mysql client is installed"
[ -z "${DB_PASSWORD:-}" ] || export MYSQL_PWD=$DB_PASSWORD # not on the command line
# --local-infile=1: the client refuses LOAD DATA LOCAL without it.
sql=("$client" --local-infile=1 --batch --skip-column-names -h "${DB_HOST:-127.0.0.1}"
  -P "${DB_PORT:-3306}" -u "${DB_USER:-root}" "$db")
table=bench_load_data
reps=3
warmups=${WARMUP_IMPORTS:-1}
[[ $warmups =~ ^[0-9]$ ]] || die "WARMUP_IMPORTS must be 0 to 9"

# Checked before minutes of importing: the connection, and LOAD DATA LOCAL allowed by the server.
infile=$("${sql[@]}" -e 'SELECT @@local_infile') || die "cannot reach MariaDB database $db (see above)"
[ "$infile" = 1 ] || die "MariaDB refuses LOAD DATA LOCAL: SET GLOBAL local_infile = 1 (as root) first"
(( lines < 1000000000 )) || die "at most 999,999,999 lines (the per-file tag counts on 9 digits)"

flow=$(create_flow)
echo "flow $flow; generating $reps files of $lines lines..."
for r in $(seq "$reps"); do
  gen_csv "$work/employees-$r.csv" "$lines" "$flow$r"
done
echo "file: $(du -h "$work/employees-1.csv" | cut -f1) each; LOAD DATA into $db.$table with $client"
echo

# Warm-up imports, printed but not counted: a server just started compiles its code (JIT) during
# its first imports, which took a third of their time (README, Benchmarks); a running server has
# done that long ago. WARMUP_IMPORTS=0 measures a fresh server.
for w in $(seq "$warmups"); do
  file=$work/warmup.csv
  gen_csv "$file" "$lines" "${flow}w$w"
  import_file "$flow" "$file" "bench-w$flow$w.csv"
  check_run
  printf 'warm-up import %d/%d (not counted): run %s  %.3f s  %.0f lines/s\n' \
    "$w" "$warmups" "$run" "$elapsed" "$(echo "$lines / $elapsed" | bc -l)"
done

ours=() theirs=()
for r in $(seq "$reps"); do
  file=$work/employees-$r.csv
  import_file "$flow" "$file" "bench-t$flow$r.csv"
  check_run
  rate=$(echo "$lines / $elapsed" | bc -l)
  ours+=("$rate")
  printf 'import %d/%d: run %s %s  %.3f s  %.0f lines/s  counts %s\n' \
    "$r" "$reps" "$run" "$state" "$elapsed" "$rate" "$counts"

  "${sql[@]}" -e "DROP TABLE IF EXISTS $table;
    CREATE TABLE $table (employee_id VARCHAR(255), first_name VARCHAR(255),
      last_name VARCHAR(255), work_email VARCHAR(255), start_date VARCHAR(255),
      department VARCHAR(255)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
  start=$(date +%s.%N)
  "${sql[@]}" -e "LOAD DATA LOCAL INFILE '$file' INTO TABLE $table CHARACTER SET utf8mb4
    FIELDS TERMINATED BY ',' LINES TERMINATED BY '\n' IGNORE 1 LINES
    (employee_id, first_name, last_name, work_email, start_date, department)"
  seconds=$(echo "$(date +%s.%N) - $start" | bc -l)
  loaded=$("${sql[@]}" -e "SELECT COUNT(*) FROM $table")
  [ "$loaded" -eq "$lines" ] || die "LOAD DATA loaded $loaded rows, $lines expected"
  rate=$(echo "$lines / $seconds" | bc -l)
  theirs+=("$rate")
  printf 'LOAD DATA %d/%d: %.3f s  %.0f lines/s\n' "$r" "$reps" "$seconds" "$rate"
done
"${sql[@]}" -e "DROP TABLE IF EXISTS $table"

ours_median=$(median "${ours[@]}")
theirs_median=$(median "${theirs[@]}")
echo
printf 'median of %d, import (upload + run): %.3f s  %.0f lines/s\n' \
  "$reps" "$(echo "$lines / $ours_median" | bc -l)" "$ours_median"
printf 'median of %d, LOAD DATA: %.3f s  %.0f lines/s\n' \
  "$reps" "$(echo "$lines / $theirs_median" | bc -l)" "$theirs_median"
printf 'peak server RSS: %d MiB\n' $((peak / 1024))
printf 'import ratio: %.3f\n' "$(echo "$ours_median / $theirs_median" | bc -l)"

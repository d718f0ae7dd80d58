#!/usr/bin/env bash
# Report benchmark against a running Passerelle: how fast the report pages and the read API
# answer for a run of 10,000 lines and for one of 1,000,000. Not a test: it asserts nothing about
# speed, but every request must answer 200 (it stops, naming the URL, otherwise).
#
# Creates a flow and imports a 10,000-line and a 1,000,000-line employee file (1 line in 50 has a
# broken email, so Failure lines exist; each file brings new people), waits for both runs, logs in
# through the log-in form, then for each run times 3 warm-up and 20 timed requests of each page or
# API call below and takes the median; then one whole CSV export per run. Prints a table (median
# at 10k, at 1M, ratio) and as its last line
#   report worst median ms: X     = the slowest median at 1M (pages and APIs, export excluded)
#
#   usage: src/test/bench/report-benchmark.sh [base-url]         (default http://localhost:9080)
#   env:   RUN_10K=<run id>, RUN_1M=<run id>: time these finished runs instead of importing (runs
#          imported by this script or by import-benchmark.sh, whose file says which email to
#          search for); SMALL_LINES (10000), LARGE_LINES (1000000): file sizes; WARMUP (3),
#          REPEAT (20); AUTH (admin:admin): the user, for the log-in form and the API's Basic.
# Line numbers are the file's: the header is line 1, data lines are 2..N+1.
# Needs bash, curl, awk, sed and bc.
set -euo pipefail
export LC_ALL=C # decimal points in printf

base=${1:-http://localhost:9080}
base=${base%/}
small=${SMALL_LINES:-10000}
large=${LARGE_LINES:-1000000}
warmup=${WARMUP:-3}
repeat=${REPEAT:-20}
auth=${AUTH:-admin:admin}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies

die() {
  echo "report-benchmark: $*" >&2
  exit 1
}

api() { curl -sSf -u "$auth" "$@"; }

# shellcheck source=employees.sh
. "$(dirname "$0")/employees.sh"

json_str() { sed -nE "s/.*\"$1\":\"([^\"]*)\".*/\1/p"; }
json_num() { sed -nE "s/.*\"$1\":([0-9]+).*/\1/p"; }

flow=
create_flow() {
  flow=$(api -H 'Content-Type: application/json' -X POST "$base/api/v1/flows" -d "{
    \"name\": \"report-bench-$(date +%s)-$$\", \"mapping\": {\"external_id\": \"employee_id\", \"email\": \"work_email\"},
    \"requiredFields\": [\"external_id\", \"first_name\", \"last_name\", \"email\", \"start_date\"]}" \
    | json_num id)
  [ -n "$flow" ] || die "could not create a flow"
  echo "flow $flow"
}

# import_run LINES K: imports a new file of LINES lines (the flow's K-th file) and waits for its
# run to end, however long it takes. Sets run.
import_run() {
  local lines=$1 k=$2 file=$work/employees.csv body state start next=30
  [ -n "$flow" ] || create_flow
  echo "importing $lines lines..."
  gen_csv "$file" "$lines" "$flow$k"
  start=$(date +%s)
  run=$(api -H 'Content-Type: text/csv' --data-binary @"$file" \
    -X POST "$base/api/v1/flows/$flow/uploads?filename=bench-t$flow$k.csv" | json_num id)
  rm -f "$file"
  while :; do
    sleep 1
    body=$(api "$base/api/v1/runs/$run")
    state=$(echo "$body" | json_str state)
    [ "$state" != IN_PROGRESS ] && break
    if (( $(date +%s) - start >= next )); then
      echo "  run $run: $(echo "$body" | json_num total) of $lines lines after $next s"
      next=$((next + 30))
    fi
  done
  echo "  run $run: $state after $(( $(date +%s) - start )) s"
}

# describe RUN: checks the run is over and sets n (its line count) and search (the email of data
# line n-10, near the end), from the file name the benchmarks upload under.
describe() {
  local body state source tag
  body=$(api "$base/api/v1/runs/$1") || die "no run $1"
  state=$(echo "$body" | json_str state)
  case "$state" in
    SUCCEEDED | PARTIALLY_FAILED) ;;
    *) die "run $1 is $state: wait for it to end (or resume it) first" ;;
  esac
  n=$(echo "$body" | json_num total)
  source=$(echo "$body" | json_str sourceName)
  case "$source" in
    *bench.csv) tag= ;; # import-benchmark.sh without DB
    *) tag=$(echo "$source" | sed -nE 's/.*bench-t([0-9]+)\.csv$/\1/p')
       [ -n "$tag" ] || die "run $1 ($source) was not imported by a benchmark: no email to search" ;;
  esac
  (( n >= 200 )) || die "run $1 has $n lines, too few for the deep URLs"
  search=$(email_of $((n - 10)) "$tag")
}

# Log-in like a browser (the form, not Basic): POST /login with j_username and j_password. The
# form needs no CSRF token (the session's token guards the later POSTs, none here); an Origin
# header, if any, must name this very host and port. Success: 302 to the page asked for (here
# the home page); a wrong password: 302 to /login?error=1; too many attempts: 429.
login() {
  local origin out code location
  origin=$(echo "$base" | sed -E 's#^([a-z]+://[^/]+).*#\1#')
  rm -f "$jar"
  out=$(curl -sS -o /dev/null -c "$jar" -b "$jar" -H "Origin: $origin" -w '%{http_code} %{redirect_url}' \
    --data-urlencode "j_username=${auth%%:*}" --data-urlencode "j_password=${auth#*:}" \
    "$base/login") || die "log-in: no answer from $base/login"
  code=${out%% *} location=${out#* }
  if [ "$code" != 302 ] && [ "$code" != 303 ] || [[ $location == */login* ]]; then
    die "log-in as ${auth%%:*} failed: HTTP $code to '$location'"
  fi
  code=$(curl -sS -o /dev/null -b "$jar" -w '%{http_code}' "$base/flows")
  [ "$code" = 200 ] || die "log-in did not hold: /flows answered $code with the session cookie"
}

# median_ms URL KIND: WARMUP then REPEAT GETs (KIND page: the session cookie; api: Basic), each
# one 200 or the benchmark stops; prints the median of the timed ones in ms.
median_ms() {
  local url=$1 kind=$2 i out code times=() cred
  if [ "$kind" = page ]; then cred=(-b "$jar"); else cred=(-u "$auth"); fi
  for ((i = 1; i <= warmup + repeat; i++)); do
    out=$(curl -sS -o /dev/null "${cred[@]}" -w '%{http_code} %{time_total}' "$url") \
      || die "request failed: $url"
    code=${out%% *}
    [ "$code" = 200 ] || die "HTTP $code (200 expected): $url"
    if ((i > warmup)); then times+=("${out#* }"); fi
  done
  printf '%s\n' "${times[@]}" | sort -g \
    | awk '{v[NR] = $1 * 1000} END {printf "%.1f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# What is timed, for a run of n lines: "label|kind|path" (kind page or api).
checks() {
  local r=$1 q=${search//@/%40}
  cat <<EOF
report first page|page|/runs/$r
status tab FAILURE|page|/runs/$r?status=FAILURE
search email near end|page|/runs/$r?q=$q
last page (last=1)|page|/runs/$r?last=1
deep page (after=N-100)|page|/runs/$r?after=$((n - 100))
line detail (line N-5)|page|/runs/$r/lines/$((n - 5))
lines API FAILURE after 0.9N|api|/api/v1/runs/$r/lines?status=FAILURE&after=$((n * 9 / 10))&size=50
failures API|api|/api/v1/failures?run=$r
EOF
}

# export_csv RUN: one whole CSV export, read to the end; sets export_s and export_lines.
export_csv() {
  local url="$base/runs/$1/export.csv" out code
  export_lines=$(curl -sS -b "$jar" -w '%{stderr}%{http_code} %{time_total}\n' "$url" \
    2>"$work/export.err" | awk 'END {print NR}') || die "export failed: $url: $(cat "$work/export.err")"
  out=$(awk 'END {print}' "$work/export.err")
  code=${out%% *} export_s=${out#* }
  [ "$code" = 200 ] || die "HTTP $code (200 expected): $url"
}

# ---------------------------------------------------------------------------------------------
run_small=${RUN_10K:-}
run_large=${RUN_1M:-}
if [ -z "$run_small" ]; then import_run "$small" 1; run_small=$run; fi
if [ -z "$run_large" ]; then import_run "$large" 2; run_large=$run; fi

login
declare -A median
labels=() sizes=()
for run in "$run_small" "$run_large"; do
  describe "$run"
  sizes+=("$n")
  echo "run $run: $n lines; searching $search"
  while IFS='|' read -r label kind path; do
    if [ ${#sizes[@]} = 1 ]; then labels+=("$label"); fi
    median[$label,$run]=$(median_ms "$base$path" "$kind")
    printf '  %-30s %9.1f ms  %s\n' "$label" "${median[$label,$run]}" "$path"
  done < <(checks "$run")
  export_csv "$run"
  median[export,$run]=$export_s
  printf '  %-30s %9.3f s   %s lines (%s expected)\n' "CSV export, whole run" "$export_s" \
    "$export_lines" $((n + 1))
done

echo
printf '%-30s %14s %14s %9s\n' what "N=${sizes[0]}" "N=${sizes[1]}" ratio
worst=0
for label in "${labels[@]}"; do
  a=${median[$label,$run_small]} b=${median[$label,$run_large]}
  printf '%-30s %11.1f ms %11.1f ms %9s\n' "$label" "$a" "$b" "$(awk -v a="$a" -v b="$b" \
    'BEGIN { if (a > 0) printf "%.2f", b / a; else print "-" }')"
  worst=$(awk -v w="$worst" -v b="$b" 'BEGIN { printf "%.1f\n", (b > w) ? b : w }')
done
a=${median[export,$run_small]} b=${median[export,$run_large]}
printf '%-30s %12.3f s %12.3f s %9s\n' "CSV export, whole run" "$a" "$b" "$(awk -v a="$a" -v b="$b" \
  'BEGIN { if (a > 0) printf "%.2f", b / a; else print "-" }')"
echo "report worst median ms: $worst"

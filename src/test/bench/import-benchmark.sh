#!/usr/bin/env bash
# Import benchmark: generates an N-line employee CSV (default 1,000,000), uploads it to a
# running Passerelle, waits for the run and prints lines/s, the server's peak resident
# memory, and the ratio of import time to a plain `wc -l` of the same file (a machine-speed
# baseline, so figures from different machines compare). Not a test: it asserts nothing.
#   usage: src/test/bench/import-benchmark.sh [lines] [base-url]
set -euo pipefail
lines=${1:-1000000}
base=${2:-http://localhost:9080}
auth=admin:admin
work=$(mktemp -d)
file=$work/employees.csv

echo "generating $lines lines..."
awk -v n="$lines" 'BEGIN {
  print "employee_id,first_name,last_name,work_email,start_date,department";
  for (i = 1; i <= n; i++) {
    email = (i % 50 == 0) ? "broken-email-" i : "person" i "@bench.example.com";
    printf "B%d,First%d,Last%d,%s,2026-%02d-%02d,Dept%d\n", i, i, i, email, (i % 12) + 1, (i % 28) + 1, i % 7;
  }
}' > "$file"
echo "file: $(du -h "$file" | cut -f1)"

t0=$(date +%s.%N); wc -l "$file" >/dev/null; t1=$(date +%s.%N)
baseline=$(echo "$t1 - $t0" | bc -l)

name="bench-$(date +%s)"
flow=$(curl -sf -u $auth -H 'Content-Type: application/json' -X POST "$base/api/v1/flows" -d "{
  \"name\": \"$name\", \"mapping\": {\"external_id\": \"employee_id\", \"email\": \"work_email\"},
  \"requiredFields\": [\"external_id\", \"first_name\", \"last_name\", \"email\", \"start_date\"]}" \
  | sed -E 's/.*"id":([0-9]+).*/\1/')
port=$(echo "$base" | sed -E 's#.*:([0-9]+).*#\1#')
pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -E 's/.*pid=([0-9]+).*/\1/' | head -1 || true)

start=$(date +%s.%N)
run=$(curl -sf -u $auth -H 'Content-Type: text/csv' --data-binary @"$file" \
  -X POST "$base/api/v1/flows/$flow/uploads?filename=bench.csv" | sed -E 's/.*"id":([0-9]+).*/\1/')
peak=0
while :; do
  state=$(curl -sf -u $auth "$base/api/v1/runs/$run" | sed -E 's/.*"state":"([A-Z_]+)".*/\1/')
  if [ -n "$pid" ]; then
    rss=$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss
  fi
  [ "$state" != "IN_PROGRESS" ] && break
  sleep 1
done
end=$(date +%s.%N)
elapsed=$(echo "$end - $start" | bc -l)
echo "run $run: $state"
curl -sf -u $auth "$base/api/v1/runs/$run" | sed -E 's/.*"counts":(\{[^}]*\}).*/counts \1\n/'
printf 'lines: %d  elapsed (upload + import): %.1f s  throughput: %.0f lines/s\n' \
  "$lines" "$elapsed" "$(echo "$lines / $elapsed" | bc -l)"
printf 'peak server RSS: %d MiB  ratio import/wc-l: %.0fx\n' $((peak / 1024)) \
  "$(echo "$elapsed / $baseline" | bc -l)"
rm -rf "$work"

#!/usr/bin/env bash
# Crash check: uploads an N-line file (default 300,000), kill -9s the server mid-run, starts it
# again and checks that the run resumed by itself and holds exactly N lines (none lost, none
# twice). Run against a server of this checkout started with `mvn liberty:start` (it restarts
# target/liberty/wlp/usr/servers/passerelle). Prints PASS or FAIL with the figures.
# With "sftp", the file is read from an SFTP server started here (MINA, outside the killed
# server): the file must still be on the SFTP server right after the kill, be archived once the
# resumed run ended, and a next run must find nothing new to import.
#   usage: src/test/bench/crash-resume-check.sh [lines] [port] [upload|sftp]
set -euo pipefail
cd "$(dirname "$0")/../../.."
lines=${1:-300000}
port=${2:-9080}
mode=${3:-upload}
base=http://localhost:$port
auth=admin:admin
file=$(mktemp --suffix=.csv)
awk -v n="$lines" -v tag="$(date +%s)" 'BEGIN { print "employee_id,first_name,last_name,work_email,start_date";
  for (i = 1; i <= n; i++) printf "K%d,F%d,L%d,k%d.%s@crash.example.com,2026-01-%02d\n", i, i, i, i, tag, (i % 28) + 1 }' > "$file"

source_json=""
if [ "$mode" = sftp ]; then
  root=$(mktemp -d)
  mkdir "$root/outbox"
  mv "$file" "$root/outbox/crash.csv"
  classpath=$(mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout):target/classes
  java -cp "$classpath" com.passerelle.demo.DemoSftpServer 0 "$root" crash crash-pw "$root.key" \
    > "$root.out" 2>/dev/null &
  sftp_pid=$!
  trap 'kill $sftp_pid 2>/dev/null || true' EXIT
  until [ -s "$root.out" ]; do sleep 0.2; done
  read -r sftp_port fingerprint < "$root.out"
  source_json=",\"sourceType\":\"SFTP\",\"sftp\":{\"host\":\"127.0.0.1\",\"port\":$sftp_port,\"user\":\"crash\",\"password\":\"crash-pw\",\"hostKey\":\"$fingerprint\",\"remoteFolder\":\"outbox\"}"
fi
flow=$(curl -sf -u $auth -H 'Content-Type: application/json' -X POST "$base/api/v1/flows" \
  -d "{\"name\":\"crash-$(date +%s)\",\"mapping\":{\"external_id\":\"employee_id\",\"email\":\"work_email\"},\"requiredFields\":[\"external_id\",\"email\"]$source_json}" \
  | sed -E 's/.*"id":([0-9]+).*/\1/')
if [ "$mode" = sftp ]; then
  run=$(curl -sf -u $auth -X POST "$base/api/v1/flows/$flow/runs" | sed -E 's/.*"id":([0-9]+).*/\1/')
else
  run=$(curl -sf -u $auth -H 'Content-Type: text/csv' --data-binary @"$file" \
    -X POST "$base/api/v1/flows/$flow/uploads?filename=crash.csv" | sed -E 's/.*"id":([0-9]+).*/\1/')
fi
total() { curl -sf -u $auth "$base/api/v1/runs/$run" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
state() { curl -sf -u $auth "$base/api/v1/runs/$run" | sed -E 's/.*"state":"([A-Z_]+)".*/\1/'; }
until [ "$(total)" -gt $((lines / 4)) ]; do sleep 0.5; done
before=$(total)
pid=$(ss -ltnpH "sport = :$port" | sed -E 's/.*pid=([0-9]+).*/\1/' | head -1)
kill -9 "$pid"
echo "killed the server (pid $pid) with $before of $lines lines written"
if [ "$mode" = sftp ]; then
  [ -f "$root/outbox/crash.csv" ] || { echo "FAIL: the file left the SFTP folder before its run ended"; exit 1; }
fi
setsid target/liberty/wlp/bin/server start passerelle >/dev/null
until curl -sf "$base/health/ready" >/dev/null 2>&1; do sleep 1; done
while [ "$(state)" = IN_PROGRESS ] || [ "$(state)" = INTERRUPTED ]; do sleep 1; done
after=$(total)
last=$(curl -sf -u $auth "$base/api/v1/runs/$run/lines?size=1&last=true" | sed -E 's/.*"lineNumber":([0-9]+).*/\1/')
# Every person once: a chunk written twice would find its people created and say Already created.
success=$(curl -sf -u $auth "$base/api/v1/runs/$run" | sed -E 's/.*"SUCCESS":([0-9]+).*/\1/')
rm -f "$file"
if [ "$mode" = sftp ]; then
  for i in $(seq 1 30); do [ -f "$root/outbox/archive/crash.csv" ] && break; sleep 1; done
  [ -f "$root/outbox/archive/crash.csv" ] || { echo "FAIL: the file was not archived"; exit 1; }
  again=$(curl -sf -u $auth -X POST "$base/api/v1/flows/$flow/runs" | sed -E 's/.*"id":([0-9]+).*/\1/')
  until [ "$(curl -sf -u $auth "$base/api/v1/runs/$again" | sed -E 's/.*"state":"([A-Z_]+)".*/\1/')" != IN_PROGRESS ]; do sleep 0.5; done
  second=$(curl -sf -u $auth "$base/api/v1/runs/$again" | sed -E 's/.*"state":"([A-Z_]+)".*/\1/')
  [ "$second" = NO_FILE ] || { echo "FAIL: the next run found $second, not NO_FILE"; exit 1; }
  echo "the file stayed on the SFTP server through the crash, was archived after the run," \
    "and the next run found no new file"
fi
if [ "$(state)" = SUCCEEDED ] && [ "$after" -eq "$lines" ] && [ "$last" -eq $((lines + 1)) ] \
    && [ "$success" -eq "$lines" ]; then
  echo "PASS: run $run resumed after kill -9 and holds exactly $after lines (last line $last)," \
    "$success people created, each once"
else
  echo "FAIL: run $run state $(state), $after lines for $lines expected, last line $last," \
    "$success created"; exit 1
fi

#!/usr/bin/env bash
# Delivery benchmark (issue 8): LEAVES half-day leaves (default 20,000) through the full path
# (absence API → outbox in the absence's transaction → claim → POST → attempt recorded) to a
# loopback receiver, then the same count of bare blocking java.net.http sends on the same number
# of threads to the same receiver; three times each, interleaved. Last line: "delivery ratio: X.XX"
# (ours ÷ bare throughput, medians). Against a running server of this checkout on MariaDB with
# private addresses allowed (the demo profile sets passerelle.webhook.allow.private), e.g.
#   mariadb -uroot -e 'create database bench'
#   mvn package liberty:create liberty:deploy liberty:start -Pmariadb -Ddb.name=bench
#   DB=bench src/test/bench/delivery-benchmark.sh 20000 http://localhost:9080
# It deactivates the other endpoints of that database (the demo inbox) so only its own receive.
#   usage: [DB=name] [THREADS=4] delivery-benchmark.sh [leaves] [base url]
set -euo pipefail
cd "$(dirname "$0")"
leaves=${1:-20000}
base=${2:-http://localhost:9080}
threads=${THREADS:-4} # the server's passerelle.webhook.threads
auth=admin:admin
work=$(mktemp -d)
java WebhookBench.java receiver "$work/port" "$work/calls.log" &
receiver=$!
trap 'kill $receiver 2>/dev/null || true; rm -rf "$work"' EXIT
until [ -s "$work/port" ]; do sleep 0.2; done
url="http://127.0.0.1:$(cat "$work/port")"
calls() { local c; c=$(cat "$work/calls.log.count" 2>/dev/null || true); echo "${c:-0}"; }
json() { curl -sf -u $auth -H 'Content-Type: application/json' "$@"; }
id_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

# Other active endpoints would get every leave too: deactivate them (keys stay stored).
for e in $(json "$base/api/v1/webhooks" | grep -o '{[^{}]*"active":true[^{}]*}' | sed -E 's/.*"id":([0-9]+).*/\1/'); do
  body=$(json "$base/api/v1/webhooks/$e" | sed -E 's/"active":true/"active":false/')
  json -X PUT "$base/api/v1/webhooks/$e" -d "$body" >/dev/null
done

tag=$(date +%s)
email="bench.$tag@bench.example.com"
flow=$(json -X POST "$base/api/v1/flows" -d "{\"name\":\"delivery-bench-$tag\",\"mapping\":{\"external_id\":\"employee_id\",\"email\":\"work_email\"},\"requiredFields\":[\"external_id\",\"email\"]}" | id_of)
printf 'employee_id,first_name,last_name,work_email,start_date\nB1,Bench,Mark,%s,2024-01-01\n' "$email" \
  | curl -sf -u $auth -H 'Content-Type: text/csv' --data-binary @- "$base/api/v1/flows/$flow/uploads?filename=bench.csv" >/dev/null
sleep 3
account=$(json -X POST "$base/api/v1/leave-accounts" -d "{\"name\":\"Bench $tag\",\"categoryId\":1,\"categoryName\":\"Bench\",\"unit\":\"DAYS\"}" | id_of)

ours=()
bare=()
for round in 1 2 3; do
  endpoint=$(json -X POST "$base/api/v1/webhooks" -d "{\"name\":\"bench-$tag-$round\",\"url\":\"$url/r$round\",\"authKey\":\"YmVuY2g6YmVuY2g=\",\"eventsMode\":\"ALL\"}" | id_of)
  start=$(calls)
  t0=$(date +%s.%N)
  days=1000 # 2,000 leaves per absence (at most 4,000 half-days each)
  remaining=$leaves
  year=$((2100 + round * 40))
  while [ "$remaining" -gt 0 ]; do
    n=$(( remaining >= days * 2 ? days : (remaining + 1) / 2 ))
    from=$(date -u -d "$year-01-01" +%F)
    to=$(date -u -d "$year-01-01 + $((n - 1)) days" +%F)
    json -X POST "$base/api/v1/absences" -d "{\"ownerEmail\":\"$email\",\"accountId\":$account,\"startDate\":\"$from\",\"endDate\":\"$to\"}" >/dev/null
    remaining=$((remaining - n * 2))
    year=$((year + 3))
  done
  target=$((start + leaves))
  until [ "$(calls)" -ge "$target" ]; do sleep 0.2; done
  if [ -n "${DB:-}" ]; then # every attempt recorded, not only sent
    until [ "$(mariadb -uroot -N "$DB" -e "select count(*) from webhook_message where endpoint_id = $endpoint and status = 'DELIVERED'")" -ge "$leaves" ]; do sleep 0.2; done
  fi
  t1=$(date +%s.%N)
  ours+=("$(echo "$t1 - $t0" | bc)")
  json -X PUT "$base/api/v1/webhooks/$endpoint" -d "{\"name\":\"bench-$tag-$round\",\"url\":\"$url/r$round\",\"eventsMode\":\"ALL\",\"active\":false}" >/dev/null
  bare+=("$(java WebhookBench.java bare "$url/bare" "$leaves" "$threads")")
  echo "round $round: ours ${ours[-1]} s, bare ${bare[-1]} s for $leaves leaves"
done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
mo=$(median "${ours[@]}")
mb=$(median "${bare[@]}")
echo "ours: $(echo "$leaves / $mo" | bc) leaves/s, bare: $(echo "$leaves / $mb" | bc) sends/s (medians, $threads threads)"
echo "delivery ratio: $(echo "scale=2; $mb / $mo" | bc)"

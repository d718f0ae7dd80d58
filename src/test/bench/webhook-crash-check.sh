#!/usr/bin/env bash
# Crash check of outbound webhooks (issue 8): writes LEAVES leave messages (default 4,000) for a
# receiver started here (outside the server), kill -9s the server while they are being delivered,
# starts it again and checks that every (leave, event) reached the receiver at least once, every
# message ends DELIVERED, and each message's attempts are numbered 1..n without a hole (MariaDB:
# DB=name). Against a server of this checkout started with `mvn liberty:start` (it restarts
# target/liberty/wlp/usr/servers/passerelle), private addresses allowed (the demo profile).
# Restarted, the server releases the claims it held and sends them again at once.
#   usage: [DB=name] webhook-crash-check.sh [leaves] [port]
set -euo pipefail
cd "$(dirname "$0")"
leaves=${1:-4000}
port=${2:-9080}
base=http://localhost:$port
auth=admin:admin
work=$(mktemp -d)
java WebhookBench.java receiver "$work/port" "$work/calls.log" &
receiver=$!
trap 'kill $receiver 2>/dev/null || true; rm -rf "$work"' EXIT
until [ -s "$work/port" ]; do sleep 0.2; done
url="http://127.0.0.1:$(cat "$work/port")/crash"
json() { curl -sf -u $auth -H 'Content-Type: application/json' "$@"; }
id_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
calls() { local c; c=$(cat "$work/calls.log.count" 2>/dev/null || true); echo "${c:-0}"; }

tag=$(date +%s)
email="crash.$tag@crash.example.com"
flow=$(json -X POST "$base/api/v1/flows" -d "{\"name\":\"webhook-crash-$tag\",\"mapping\":{\"external_id\":\"employee_id\",\"email\":\"work_email\"},\"requiredFields\":[\"external_id\",\"email\"]}" | id_of)
printf 'employee_id,first_name,last_name,work_email,start_date\nC1,Crash,Check,%s,2024-01-01\n' "$email" \
  | curl -sf -u $auth -H 'Content-Type: text/csv' --data-binary @- "$base/api/v1/flows/$flow/uploads?filename=crash.csv" >/dev/null
sleep 3
account=$(json -X POST "$base/api/v1/leave-accounts" -d "{\"name\":\"Crash $tag\",\"categoryId\":1,\"categoryName\":\"Crash\",\"unit\":\"DAYS\"}" | id_of)
endpoint=$(json -X POST "$base/api/v1/webhooks" -d "{\"name\":\"crash-$tag\",\"url\":\"$url\",\"authKey\":\"Y3Jhc2g6Y3Jhc2g=\",\"eventsMode\":\"ALL\",\"signingSecret\":\"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}" | id_of)
days=$((leaves / 2))
absence=$(json -X POST "$base/api/v1/absences" -d "{\"ownerEmail\":\"$email\",\"accountId\":$account,\"startDate\":\"2200-01-01\",\"endDate\":\"$(date -u -d "2200-01-01 + $((days - 1)) days" +%F)\"}" | id_of)
json -X POST -d "" "$base/api/v1/absences/$absence/approve" >/dev/null # a second event per leave
expected=$((days * 4))
until [ "$(calls)" -gt $((expected / 4)) ]; do sleep 0.1; done
pid=$(ss -ltnpH "sport = :$port" | sed -E 's/.*pid=([0-9]+).*/\1/' | head -1)
kill -9 "$pid"
echo "killed the server (pid $pid) after $(calls) of $expected calls"
cd ../../..
setsid target/liberty/wlp/bin/server start passerelle >/dev/null
until curl -sf "$base/health/ready" >/dev/null 2>&1; do sleep 1; done
deadline=$((SECONDS + 600))
while :; do
  got=$(grep " crash\| $absence-" "$work/calls.log" | awk '{print $2, $3}' | sort -u | wc -l)
  [ "$got" -ge "$expected" ] && break
  [ $SECONDS -gt $deadline ] && { echo "FAIL: $got of $expected leave events received"; exit 1; }
  sleep 1
done
sleep 3
total=$(grep -c " $absence-" "$work/calls.log")
echo "received every one of $expected (leave, event) pairs; $((total - expected)) sent twice (at least once)"
# Created before approved for every leave, as received.
if awk -v a="$absence-" 'index($2, a) == 1 { if ($3 == "approved") seen[$2] = 1; else if ($3 == "created" && seen[$2]) bad++ } END { exit bad > 0 }' "$work/calls.log"; then
  echo "order per leave kept: no created after its approved"
else
  echo "FAIL: a created arrived after the approved of its leave"; exit 1
fi
if [ -n "${DB:-}" ]; then
  q() { mariadb -uroot -N "$DB" -e "$1"; }
  until [ "$(q "select count(*) from webhook_message where endpoint_id = $endpoint and status <> 'DELIVERED'")" = 0 ]; do sleep 1; done
  holes=$(q "select count(*) from webhook_message m where m.endpoint_id = $endpoint and (select count(*) from webhook_attempt a where a.message_id = m.id) <> m.attempts or m.endpoint_id = $endpoint and (select max(attempt_number) from webhook_attempt a where a.message_id = m.id) <> m.attempts")
  [ "$holes" = 0 ] || { echo "FAIL: $holes messages whose attempts have a hole"; exit 1; }
  echo "every message delivered; attempts numbered 1..n without a hole"
fi
echo PASS

#!/usr/bin/env bash
# Two servers on one MariaDB (issue 10): a run lives on one server and is never taken over while
# that server is alive; when it is killed (kill -9), the other server takes the run over once its
# lease ran out and finishes it with every line once. Run against a server of this checkout
# started with `mvn liberty:start -Pmariadb` (server A); this script starts a copy of it (server
# B, port A+100, same database and data folder) and stops B at the end. Prints PASS or FAIL.
#   usage: src/test/bench/two-server-takeover-check.sh [lines] [port of A]
set -euo pipefail
cd "$(dirname "$0")/../../.."
lines=${1:-200000}
port_a=${2:-9080}
port_b=$((port_a + 100))
a=http://localhost:$port_a
b=http://localhost:$port_b
auth=admin:admin
servers=target/liberty/wlp/usr/servers
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
run_field() { curl -sf -u $auth "$1/api/v1/runs/$2" | json "d.get('$3')"; }

rm -rf "$servers/passerelle-b"
cp -r "$servers/passerelle" "$servers/passerelle-b"
rm -rf "$servers/passerelle-b/logs" "$servers/passerelle-b/workarea"
sed -i -E "s/^http.port=.*/http.port=$port_b/; s/^https.port=.*/https.port=$((port_b + 363))/" \
  "$servers/passerelle-b/bootstrap.properties"
setsid target/liberty/wlp/bin/server start passerelle-b >/dev/null
trap 'target/liberty/wlp/bin/server stop passerelle-b >/dev/null 2>&1 || true' EXIT
until curl -sf "$b/health/ready" >/dev/null 2>&1; do sleep 1; done
echo "server B up on $port_b"

# 1. A run kept busy on A for 90 s (an HRIS that answers after 90 s) stays A's.
slow_port=$((port_a + 211))
python3 - "$slow_port" 2>/dev/null <<'PY' &
import http.server, sys, time
class Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(90)
        body = b'{"status":"success","data":{"next":null,"results":[]}}'
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Slow).serve_forever()
PY
slow_pid=$!
trap 'kill $slow_pid 2>/dev/null; target/liberty/wlp/bin/server stop passerelle-b >/dev/null 2>&1 || true' EXIT
flow=$(curl -sf -u $auth -H 'Content-Type: application/json' -X POST "$a/api/v1/flows" -d "{\"name\":\"slow-$(date +%s)\",
  \"sourceType\":\"HRIS_API\",\"mapping\":{\"external_id\":\"remote_id\",\"email\":\"work_email\"},
  \"hris\":{\"baseUrl\":\"http://127.0.0.1:$slow_port\",\"integrationId\":\"slow\",\"apiKey\":\"k\"}}" | json "d['id']")
run=$(curl -sf -u $auth -X POST "$a/api/v1/flows/$flow/runs" | json "d['id']")
owner=$(run_field "$a" "$run" server)
owners=$owner
for i in $(seq 1 16); do sleep 5; o=$(run_field "$b" "$run" server); [ "$o" = None ] || owners="$owners $o"; done
distinct=$(echo "$owners" | tr ' ' '\n' | sort -u | wc -l)
echo "slow run $run: owner(s) over 80 s: $(echo "$owners" | tr ' ' '\n' | sort -u | tr '\n' ' ')"
[ "$distinct" -eq 1 ] || { echo "FAIL: a live server's run was taken over"; exit 1; }
until [ "$(run_field "$a" "$run" state)" != IN_PROGRESS ]; do sleep 2; done

# 2. A big import on A; A killed; B takes the run over and finishes it, every line once.
file=$(mktemp --suffix=.csv)
awk -v n="$lines" -v tag="$(date +%s)" 'BEGIN { print "employee_id,first_name,last_name,work_email,start_date";
  for (i = 1; i <= n; i++) printf "T%d,F%d,L%d,t%d.%s@takeover.example.com,2026-01-%02d\n", i, i, i, i, tag, (i % 28) + 1 }' > "$file"
flow=$(curl -sf -u $auth -H 'Content-Type: application/json' -X POST "$a/api/v1/flows" \
  -d "{\"name\":\"takeover-$(date +%s)\",\"mapping\":{\"external_id\":\"employee_id\",\"email\":\"work_email\"},\"requiredFields\":[\"external_id\",\"email\"]}" \
  | json "d['id']")
run=$(curl -sf -u $auth -H 'Content-Type: text/csv' --data-binary @"$file" \
  -X POST "$a/api/v1/flows/$flow/uploads?filename=takeover.csv" | json "d['id']")
rm -f "$file"
until [ "$(run_field "$b" "$run" total)" -gt $((lines / 4)) ]; do sleep 0.5; done
before=$(run_field "$b" "$run" total)
owner_a=$(run_field "$b" "$run" server)
pid=$(ss -ltnpH "sport = :$port_a" | sed -E 's/.*pid=([0-9]+).*/\1/' | head -1)
kill -9 "$pid"
killed_at=$(date +%s)
echo "killed server A (pid $pid) with $before of $lines lines written"
until [ "$(run_field "$b" "$run" state)" != IN_PROGRESS ] \
    && [ "$(run_field "$b" "$run" server)" = None ]; do
  sleep 2
  [ $(( $(date +%s) - killed_at )) -lt 600 ] || { echo "FAIL: not taken over in 10 minutes"; exit 1; }
done
taken=$(( $(date +%s) - killed_at ))
state=$(run_field "$b" "$run" state)
total=$(run_field "$b" "$run" total)
success=$(curl -sf -u $auth "$b/api/v1/runs/$run" | json "d['counts']['SUCCESS']")
if [ "$state" = SUCCEEDED ] && [ "$total" -eq "$lines" ] && [ "$success" -eq "$lines" ]; then
  echo "PASS: run $run of killed server A ($owner_a) finished on B $taken s after the kill:" \
    "$total lines, $success people created, each once"
else
  echo "FAIL: run $run state $state, $total lines for $lines, $success created"; exit 1
fi

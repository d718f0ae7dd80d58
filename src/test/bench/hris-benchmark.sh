#!/usr/bin/env bash
# HRIS read benchmark (issue 10): a fake HRIS of N employees (default 50,000: 200 pages of 250)
# started here; the same pages read in the same run by a bare client (Python, one keep-alive
# connection: the baseline) and by a run of an HRIS flow of the server at BASE (fetch, stage,
# import: every employee a line). Prints lines/s, the time to the first line, and as its last
# line "hris ratio: X" = run throughput / bare read throughput.
#   usage: src/test/bench/hris-benchmark.sh [employees] [base url of the server]
set -euo pipefail
cd "$(dirname "$0")/../../.."
n=${1:-50000}
base=${2:-http://localhost:9080}
key="bench-key-$(date +%s)"
integration="bench:$(date +%s)"
mvn -o -q test-compile
classpath=$(mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout):target/classes:target/test-classes
out=$(mktemp)
# The fake HRIS marks 1 in 100 people deleted (not read): a population of n*100/99 gives n.
population=$(( n * 100 / 99 + 1 ))
java -Dsun.net.httpserver.nodelay=true -cp "$classpath" com.passerelle.demo.FakeHrisMain "$population" "$key" "$integration" > "$out" 2>/dev/null &
fake=$!
trap 'kill $fake 2>/dev/null || true; rm -f "$out"' EXIT
until [ -s "$out" ]; do sleep 0.2; done
hris=$(head -1 "$out")

python3 - "$hris" "$key" "$integration" "$base" "$n" <<'PY'
import http.client, json, sys, time, urllib.parse, base64
hris, key, integration, base, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])

def bare_read():
    u = urllib.parse.urlparse(hris)
    c = http.client.HTTPConnection(u.hostname, u.port)
    headers = {"Authorization": "Bearer " + key, "X-Integration-Id": integration}
    cursor, records, pages, t0 = None, 0, 0, time.perf_counter()
    while True:
        q = {"page_size": "250"}
        if cursor: q["cursor"] = cursor
        c.request("GET", u.path + "/v1/hris/employees?" + urllib.parse.urlencode(q), headers=headers)
        r = c.getresponse(); body = json.loads(r.read())
        if r.status != 200: raise SystemExit(f"fake HRIS answered {r.status}: {body}")
        records += len(body["data"]["results"]); pages += 1
        cursor = body["data"]["next"]
        if cursor is None: return records, pages, time.perf_counter() - t0

s = urllib.parse.urlparse(base)
api = http.client.HTTPConnection(s.hostname, s.port)
auth = {"Authorization": "Basic " + base64.b64encode(b"admin:admin").decode()}
def call(method, path, body=None):
    h = dict(auth)
    if body is not None: h["Content-Type"] = "application/json"
    api.request(method, path, body=json.dumps(body) if body is not None else None, headers=h)
    r = api.getresponse(); data = r.read()
    return r.status, json.loads(data) if data else None

bare_records, pages, bare = bare_read()
st, flow = call("POST", "/api/v1/flows", {
    "name": "hris-bench-%d" % time.time(), "sourceType": "HRIS_API",
    "mapping": {"external_id": "remote_id", "email": "work_email", "first_name": "first_name",
                "last_name": "last_name", "start_date": "start_date", "job_title": "job_title"},
    "requiredFields": ["external_id", "email"],
    "hris": {"baseUrl": hris, "integrationId": integration, "apiKey": key}})
assert st == 201, flow
t0 = time.perf_counter()
st, run = call("POST", "/api/v1/flows/%d/runs" % flow["id"])
assert st == 202, run
first = None
while True:
    st, r = call("GET", "/api/v1/runs/%d" % run["id"])
    if first is None and r["total"] > 0: first = time.perf_counter() - t0
    if r["state"] != "IN_PROGRESS": break
    time.sleep(0.05)
elapsed = time.perf_counter() - t0
print(f"bare read: {bare_records} employees in {pages} pages in {bare:.2f} s ({bare_records / bare:.0f}/s)")
print(f"run {r['id']}: {r['state']}, {r['total']} lines {r['counts']} in {elapsed:.2f} s "
      f"({r['total'] / elapsed:.0f} lines/s), first line after {first:.2f} s")
assert r["total"] == bare_records, "not every employee became a line"
print(f"hris ratio: {(r['total'] / elapsed) / (bare_records / bare):.3f}")
PY

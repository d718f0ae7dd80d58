#!/usr/bin/env bash
# Line rules benchmark (issue 7): the same 100k-line file (new people each time) imported by a
# flow with no rule and by one with every line rule on (a 1,000-value list on department, the
# email domain, the oldest start date, managers resolved in the directory, six template rules on
# contract type and nationality), both journey creation flows, three times each, interleaved, in
# the same run. Start the server with -Demail.domain.check=off (the issue measures without DNS).
# Prints the
# medians and, as its last line, "rules ratio: X" = lines/s with rules / lines/s without.
#   usage: src/test/bench/rules-benchmark.sh [lines] [base url]
set -euo pipefail
cd "$(dirname "$0")/../../.."
n=${1:-100000}
base=${2:-http://localhost:9080}
python3 - "$n" "$base" <<'PY'
import base64, http.client, json, statistics, sys, time, urllib.parse
n, base = int(sys.argv[1]), sys.argv[2]
u = urllib.parse.urlparse(base)
auth = "Basic " + base64.b64encode(b"admin:admin").decode()

def call(method, path, body=None, ctype="application/json"):
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
    h = {"Authorization": auth}
    if body is not None: h["Content-Type"] = ctype
    c.request(method, path, body=body, headers=h)
    r = c.getresponse(); data = r.read(); c.close()
    return r.status, (json.loads(data) if data else None)

depts = ["Team %d" % i for i in range(1000)]
stamp = int(time.time())
base_flow = {"mapping": {"external_id": "employee_id", "email": "work_email", "first_name": "first_name",
                         "last_name": "last_name", "start_date": "start_date", "department": "department",
                         "manager_email": "manager", "contract_type": "contract",
                         "nationality": "nationality"},
             "requiredFields": ["external_id", "email"], "purpose": "JOURNEY_CREATION",
             "defaultTemplate": "Standard"}
contracts, nationalities = ["permanent", "fixed term", "intern"], ["French", "Spanish"]
rules = [{"template": "%s %s" % (c, n), "when": {"contract_type": c, "nationality": n}}
         for c in contracts for n in nationalities]
plain = dict(base_flow, name="no-rules-%d" % stamp)
ruled = dict(base_flow, name="rules-%d" % stamp, valueLists={"department": depts},
             emailDomains={"rules-bench.example.com": "Bench"}, startDateMaxAgeDays=3650,
             resolveStakeholders=True, templateRules=rules)
ids = {}
for name, flow in (("none", plain), ("rules", ruled)):
    st, f = call("POST", "/api/v1/flows", json.dumps(flow)); assert st == 201, f
    ids[name] = f["id"]

def csv(tag):
    lines = ["employee_id,first_name,last_name,work_email,start_date,department,manager,contract,nationality"]
    for i in range(n):
        # each manager is a person 100 lines earlier (the first 100 have none)
        manager = "b%d.%s@rules-bench.example.com" % (i - 100, tag) if i >= 100 else ""
        lines.append("B%d,F%d,L%d,b%d.%s@rules-bench.example.com,2026-01-%02d,Team %d,%s,%s,%s"
                     % (i, i, i, i, tag, i % 28 + 1, i % 1000, manager, contracts[i % 3],
                        nationalities[i % 2]))
    return ("\n".join(lines) + "\n").encode()

times = {"none": [], "rules": []}
for round_ in range(3):
    for name in ("none", "rules"):
        st, run = call("POST", "/api/v1/flows/%d/uploads?filename=b.csv" % ids[name],
                       csv("%s%d%d" % (name, round_, stamp)), "text/csv")
        assert st == 202, run
        while True:
            time.sleep(0.5)
            st, r = call("GET", "/api/v1/runs/%d" % run["id"])
            if r["state"] != "IN_PROGRESS": break
        assert r["counts"]["SUCCESS"] == n, r
        from datetime import datetime
        t = (datetime.fromisoformat(r["endedAt"].replace("Z", "+00:00"))
             - datetime.fromisoformat(r["startedAt"].replace("Z", "+00:00"))).total_seconds()
        times[name].append(t)
        print(f"{name}: {t:.2f} s ({n / t:.0f} lines/s)")
none, rules = statistics.median(times["none"]), statistics.median(times["rules"])
print(f"median: no rules {n / none:.0f} lines/s, every rule {n / rules:.0f} lines/s")
print(f"rules ratio: {none / rules:.3f}")
PY

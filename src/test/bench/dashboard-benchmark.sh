#!/usr/bin/env bash
# Dashboard benchmark against a running Passerelle on MariaDB: how fast the monitoring dashboard
# and its APIs answer over 90 days of 1,000,000 failures and 10,000,000 successful transactions.
# Not a test: it asserts nothing about speed, but every request must answer 200.
#
# Fills the server's database straight with SQL (MariaDB's sequence engine, a few statements):
# FLOWS flows and ENDPOINTS webhook endpoints named dash-bench-*, 1M failure rows spread over the
# last 90 days, 4 integration types, 6 codes per type and the sources (ids from 10^12 up, far
# above the application's sequence), their roll-ups in transaction_day over the 8 slots, and
# roll-up rows of successes summing to 10M. Then, logged in through the log-in form, times
# WARMUP + REPEAT requests of each page or API call and prints their medians; its last line is
#   dashboard median ms: X      = the median of the /monitoring page (or of the overview API
#                                 when this build has no dashboard page yet; the table says so)
#
#   usage: src/test/bench/dashboard-benchmark.sh [base-url]      (default http://localhost:9080)
#   env:   DB (passerelle): the server's MariaDB database; MYSQL ("mariadb -uroot"): the client;
#          FAILURES (1000000), SUCCESSES (10000000), FLOWS (30), ENDPOINTS (10), WARMUP (3),
#          REPEAT (20), AUTH (admin:admin); KEEP=1: keep the filled rows (default: a second run
#          finds them, by their ids, and fills nothing again).
# Needs bash, curl, awk and the mariadb client.
set -euo pipefail
export LC_ALL=C

base=${1:-http://localhost:9080}
base=${base%/}
db=${DB:-passerelle}
mysql=${MYSQL:-mariadb -uroot}
failures=${FAILURES:-1000000}
successes=${SUCCESSES:-10000000}
flows=${FLOWS:-30}
endpoints=${ENDPOINTS:-10}
warmup=${WARMUP:-3}
repeat=${REPEAT:-20}
auth=${AUTH:-admin:admin}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies
first_id=1000000000000

die() {
  echo "dashboard-benchmark: $*" >&2
  exit 1
}
sql() { $mysql -N -B "$db" -e "$1"; }

# ------------------------------------------------------------------------------ the data
fill() {
  local have
  have=$(sql "select count(*) from failure where id >= $first_id")
  if [ "$have" -ge "$failures" ]; then
    echo "data: $have bench failures already there"
    return
  fi
  echo "filling $db: $flows flows, $endpoints endpoints, $failures failures, $successes successes..."
  local start=$(date +%s)
  # sources: drop-zone flows (a third read an HRIS API) and endpoints, named for this benchmark
  sql "insert ignore into flow (version, name, description, source_type, active, field_delimiter,
         date_format, created_at)
       select 0, concat('dash-bench-flow-', seq), 'dashboard benchmark',
              if(seq % 3 = 0, 'HRIS_API', 'FOLDER'), false, ',', 'yyyy-MM-dd', now()
       from seq_1_to_$flows" || die "cannot create flows in $db (is it the server's database?)"
  sql "insert ignore into webhook_endpoint (name, url, events_mode, active, created_at, version)
       select concat('dash-bench-endpoint-', seq), 'https://example.com/hook', 'ALL', false, now(), 0
       from seq_1_to_$endpoints"
  sql "drop table if exists dash_bench_source;
       create table dash_bench_source (k int primary key, type varchar(30), id bigint);
       insert into dash_bench_source
         select (row_number() over (partition by t order by id)) - 1 + 1000 * t, ty, id from (
           select 0 t, 'INBOUND_FILE' ty, id from flow where name like 'dash-bench-flow-%' and source_type = 'FOLDER'
           union all select 1, 'INBOUND_HRIS_API', id from flow where name like 'dash-bench-flow-%' and source_type = 'HRIS_API'
           union all select 2, 'INBOUND_WEBHOOK', id from flow where name like 'dash-bench-flow-%' and source_type = 'HRIS_API'
           union all select 3, 'OUTBOUND_WEBHOOK', id from webhook_endpoint where name like 'dash-bench-endpoint-%') s"
  local per_type
  per_type=$(sql "select group_concat(c order by t) from (select floor(k / 1000) t, count(*) c from dash_bench_source group by floor(k / 1000)) x")
  IFS=, read -r n0 n1 n2 n3 <<<"$per_type"
  # 1M failures: day, type, code and source from the sequence number
  sql "insert into failure (id, occurred_at, occurred_day, integration_type, scope, error_code,
         flow_id, run_id, line_number, endpoint_id, message_id)
       select $first_id + seq, d + interval (seq % 600) minute, d, s.type,
              elt(t + 1, if(c < 4, 'LINE', 'RUN'), 'RUN', 'RUN', 'WEBHOOK_CALL'),
              elt(t * 6 + c + 1,
                'INVALID_EMAIL', 'MISSING_FIELD', 'INVALID_DATE', 'STAKEHOLDER_NOT_FOUND', 'FILE_EMPTY', 'SFTP_CONNECTION',
                '503', '409', '401', '429', 'HRIS_CREDENTIALS', 'API_EXTRACTION',
                'SYNC_FAILED', 'SYNC_TIMED_OUT', 'SYNC_CANCELLED', 'SYNC_AUTHENTICATION_FAILED', '500', '400',
                '500', '503', '404', '401', 'WEBHOOK_TIMEOUT', 'WEBHOOK_CONNECTION_REFUSED'),
              if(t = 3, null, s.id), null, null, if(t = 3, s.id, null), null
       from (select seq, seq % 4 t, (seq div 4) % 6 c, utc_date() - interval ((seq div 24) % 90) day d
             from seq_0_to_$((failures - 1))) g
       join dash_bench_source s
         on s.k = g.t * 1000 + (g.seq div 2160) % elt(g.t + 1, $n0, $n1, $n2, $n3)"
  # their roll-ups, over the 8 slots, added to whatever the server counted already
  sql "insert into transaction_day (tx_day, integration_type, outcome, code, source_id, slot, tx_count)
       select occurred_day, integration_type, 'FAILURE', error_code, coalesce(flow_id, endpoint_id, 0),
              id % 8, count(*)
       from failure where id >= $first_id
       group by occurred_day, integration_type, error_code, coalesce(flow_id, endpoint_id, 0), id % 8
       on duplicate key update tx_count = tx_count + values(tx_count)"
  # 10M successes: one roll-up row per day, source and slot
  local rows per
  rows=$(sql "select 90 * 8 * count(*) from dash_bench_source")
  per=$(( successes / rows ))
  sql "insert into transaction_day (tx_day, integration_type, outcome, code, source_id, slot, tx_count)
       select utc_date() - interval d.seq day, s.type, 'SUCCESS', '', s.id, sl.seq, $per
       from seq_0_to_89 d cross join dash_bench_source s cross join seq_0_to_7 sl
       where 1 = 1 -- ends the join: "on duplicate" is not its condition
       on duplicate key update tx_count = tx_count + values(tx_count)"
  sql "analyze table failure, transaction_day" >/dev/null
  echo "  filled in $(( $(date +%s) - start )) s: $(sql "select count(*) from transaction_day") roll-up rows"
}

# ------------------------------------------------------------------------------ timing
login() {
  local origin out code location
  origin=$(echo "$base" | sed -E 's#^([a-z]+://[^/]+).*#\1#')
  out=$(curl -sS -o /dev/null -c "$jar" -b "$jar" -H "Origin: $origin" -w '%{http_code} %{redirect_url}' \
    --data-urlencode "j_username=${auth%%:*}" --data-urlencode "j_password=${auth#*:}" \
    "$base/login") || die "log-in: no answer from $base/login"
  code=${out%% *} location=${out#* }
  if [ "$code" != 302 ] && [ "$code" != 303 ] || [[ $location == */login* ]]; then
    die "log-in as ${auth%%:*} failed: HTTP $code to '$location'"
  fi
}

# median_ms URL KIND: WARMUP then REPEAT GETs (page: the session cookie; api: Basic), each 200.
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

fill
login
page_code=$(curl -sS -o /dev/null -b "$jar" -w '%{http_code}' "$base/monitoring?days=30")
if [ "$page_code" = 200 ]; then
  dashboard="dashboard page|page|/monitoring?days=30"
else
  dashboard="overview API (no /monitoring page: $page_code)|api|/api/v1/monitoring/overview?days=30"
fi
checks() {
  cat <<CHECKS
$dashboard
overview API 30 days|api|/api/v1/monitoring/overview?days=30
change API 30 vs 30|api|/api/v1/monitoring/change?days=30
errors API 30 days|api|/api/v1/monitoring/errors?days=30
trends API 30 days|api|/api/v1/monitoring/trends?days=30
trends API 90 days, one type|api|/api/v1/monitoring/trends?days=90&type=OUTBOUND_WEBHOOK
failures table API 30 days|api|/api/v1/monitoring/failures?days=30&limit=50
failures table API 90 days|api|/api/v1/monitoring/failures?days=90&limit=50
CHECKS
}
first=
while IFS='|' read -r label kind path; do
  m=$(median_ms "$base$path" "$kind")
  [ -n "$first" ] || first=$m
  printf '  %-46s %9.1f ms  %s\n' "$label" "$m" "$path"
done < <(checks)
echo "dashboard median ms: $first"

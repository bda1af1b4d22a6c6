#!/usr/bin/env bash
# The help calendar with 1,000,000 requests on PostgreSQL: loads the data, shows the plans, times the pages.
# From the repository root, with PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and a built jar:
#   ./mvnw -q package -DskipTests && bash docs/perf/help-calendar-1m.sh
# Settings: DB (default wraparound_bench, dropped and made again), PORT (8093), RUNS (11 per page).
set -euo pipefail
DB=${DB:-wraparound_bench}
PORT=${PORT:-8093}
RUNS=${RUNS:-11}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$(ls "$HERE"/../../target/wraparound-*.jar | head -1)
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
WORK=$(mktemp -d)

"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
java -jar "$JAR" --server.port="$PORT" --wraparound.demo=true --wraparound.data-dir="$WORK" \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
	--spring.datasource.password= >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "localhost:$PORT/"; do sleep 1; done
# The demo loads after the first answer: wait until its help requests stop coming.
count() { "${PSQL[@]}" -d "$DB" -tAc "select count(*) from helping_request"; }
before=-1
until [ "$(count)" -gt 0 ] && [ "$(count)" -eq "$before" ]; do before=$(count); sleep 5; done

echo "== loading"
"${PSQL[@]}" -d "$DB" -f "$HERE/help-calendar-1m.sql"
echo "== plans"
"${PSQL[@]}" -d "$DB" -f "$HERE/help-calendar-explain.sql" | grep -v "Index Cond: (request_id = ANY\|Recheck Cond: (request_id = ANY"

MAGGIE=$("${PSQL[@]}" -d "$DB" -tAc "select id from circles_circle where called = 'Maggie'")
JAR_COOKIES="$WORK/cookies"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "localhost:$PORT/signin" | csrf)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=volunteer@wraparound.example" \
	--data-urlencode "password=wraparound-demo" --data-urlencode "_csrf=$TOKEN" "localhost:$PORT/signin"

scans() {
	"${PSQL[@]}" -d "$DB" -tAc "select coalesce(sum(seq_scan), 0) || ' ' || coalesce(sum(idx_scan), 0)
		from pg_stat_user_tables where relname in ('helping_request', 'helping_commitment')"
}

echo "== pages, signed in as Sam ($RUNS runs each; median and slowest in ms)"
printf '%-32s %8s %8s %8s %10s %10s\n' page median slowest bytes seq-scans idx-scans
for page in "month" "month?kind=MEAL&needs=true" "week" "agenda" "mine"; do
	url="localhost:$PORT/helping/circles/$MAGGIE/$page"
	[ "$page" = mine ] && url="localhost:$PORT/helping/mine"
	curl -s -o /dev/null -b "$JAR_COOKIES" "$url" # warm-up
	sleep 1
	read -r seq0 idx0 <<<"$(scans)"
	times=()
	for _ in $(seq "$RUNS"); do
		times+=("$(curl -s -o "$WORK/page" -w '%{time_total}' -b "$JAR_COOKIES" "$url")")
	done
	sleep 1 # statistics reach pg_stat_user_tables within a second
	read -r seq1 idx1 <<<"$(scans)"
	sorted=$(printf '%s\n' "${times[@]}" | sort -n)
	median=$(echo "$sorted" | sed -n "$(((RUNS + 1) / 2))p")
	slowest=$(echo "$sorted" | tail -1)
	printf '%-32s %8.0f %8.0f %8d %10d %10d\n' "$page" "$(echo "$median * 1000" | bc)" \
		"$(echo "$slowest * 1000" | bc)" "$(wc -c <"$WORK/page")" $(((seq1 - seq0) / RUNS)) $(((idx1 - idx0) / RUNS))
done

#!/usr/bin/env bash
# The champion's impact page and funder report with SCALE help requests (and SCALE/5 approved hours entries) on
# PostgreSQL: loads the sources, lets impact rebuild its facts from them on a restart (timed), shows the plans of the
# heaviest queries, then times the page and the PDF (English and French) for the last quarter and the last 30 days.
# From the repository root, with PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and a built jar:
#   ./mvnw -q package -DskipTests && SCALE=1000000 bash docs/perf/impact-1m.sh
# Settings: SCALE (1000000; 10000 for the short history), DB (wraparound_impact_bench, dropped and made again),
# PORT (8094), RUNS (11 per page), JAVA_OPTS (none), JAR (the one in target).
set -euo pipefail
SCALE=${SCALE:-1000000}
DB=${DB:-wraparound_impact_bench}
PORT=${PORT:-8094}
RUNS=${RUNS:-11}
JAVA_OPTS=${JAVA_OPTS:-}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$(ls "$HERE"/../../target/wraparound-*.jar | head -1)}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
WORK=$(mktemp -d)
SLUG=maple-grove-compassionate-community
APP=

start() {
	# shellcheck disable=SC2086
	java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --wraparound.demo=true --wraparound.data-dir="$WORK" \
		--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
		--spring.datasource.password= >"$WORK/$1.log" 2>&1 &
	APP=$!
}
stop() {
	if [ -n "$APP" ]; then
		kill "$APP"
		wait "$APP" 2>/dev/null || true
		APP=
	fi
}
trap stop EXIT
rebuilt() { grep -qs "Impact figures rebuilt" "$WORK/$1.log"; }
alive() { kill -0 "$APP" 2>/dev/null || { echo "the application stopped:"; tail -40 "$WORK/$1.log"; exit 1; }; }

echo "== $(date -u +%H:%M:%S) first start with the demo (SCALE=$SCALE)"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
start first
until curl -sf -o /dev/null "localhost:$PORT/"; do alive first; sleep 1; done
# The demo loads after the first answer: wait until its help requests stop coming, and for impact's first rebuild.
count() { "${PSQL[@]}" -d "$DB" -tAc "select count(*) from helping_request"; }
before=-1
until [ "$(count)" -gt 0 ] && [ "$(count)" -eq "$before" ]; do before=$(count); sleep 5; done
until rebuilt first; do alive first; sleep 1; done
stop

echo "== $(date -u +%H:%M:%S) loading"
"${PSQL[@]}" -d "$DB" -v scale="$SCALE" -f "$HERE/impact-load.sql"

echo "== $(date -u +%H:%M:%S) rebuild of impact's facts on the next start"
"${PSQL[@]}" -d "$DB" -c "update impact_lock set rebuilt_at = null"
began=$(date +%s.%N)
start second
peak=0
until rebuilt second; do
	alive second
	rss=$(ps -o rss= -p "$APP" | tr -d ' ')
	[ "${rss:-0}" -gt "$peak" ] && peak=$rss
	sleep 1
done
ended=$(date +%s.%N)
grep "Impact figures rebuilt" "$WORK/second.log" | sed 's/^.*Impact/Impact/'
printf 'from the start of the JVM to the end of the rebuild: %.0f s; largest resident memory: %d MB\n' \
	"$(echo "$ended - $began" | bc)" $((peak / 1024))
until curl -sf -o /dev/null "localhost:$PORT/"; do alive second; sleep 1; done
"${PSQL[@]}" -d "$DB" -c "analyze" -c "select (select count(*) from impact_request) as request_facts,
	(select count(*) from impact_commitment) as commitment_facts, (select count(*) from impact_hours) as hours_facts,
	(select count(*) from impact_day) as daily_sums"

echo "== $(date -u +%H:%M:%S) plans"
"${PSQL[@]}" -d "$DB" -f "$HERE/impact-explain.sql" | grep -v "^-*$\|QUERY PLAN\|^(.* rows)$"

COOKIES="$WORK/cookies"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" "localhost:$PORT/signin" | csrf)
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "email=champion@wraparound.example" \
	--data-urlencode "password=wraparound-demo" --data-urlencode "_csrf=$TOKEN" "localhost:$PORT/signin"

TODAY=$(TZ=America/Toronto date +%F)
QUARTER="from=$(TZ=America/Toronto date -d "$TODAY -3 months +1 day" +%F)&to=$TODAY"
MONTH="from=$(TZ=America/Toronto date -d "$TODAY -29 days" +%F)&to=$TODAY"
echo "== $(date -u +%H:%M:%S) signed in as Claire, $RUNS runs each after a warm-up; median and slowest in ms"
echo "load average before: $(uptime | sed 's/.*load average: //')"
printf '%-26s %8s %8s %8s %6s\n' what median slowest bytes status
for what in "page EN quarter" "page FR quarter" "pdf EN quarter" "pdf FR quarter" "page EN 30 days" \
	"pdf EN 30 days"; do
	read -r kind language range _ <<<"$what"
	query=$QUARTER
	[ "$range" = 30 ] && query=$MONTH
	if [ "$kind" = page ]; then
		url="localhost:$PORT/impact/$SLUG?$query&lang=${language,,}"
	else
		url="localhost:$PORT/impact/$SLUG/report.pdf?$query&language=${language,,}"
	fi
	curl -s -o /dev/null -b "$COOKIES" "$url" # warm-up
	times=()
	for _ in $(seq "$RUNS"); do
		times+=("$(curl -s -o "$WORK/answer" -w '%{time_total} %{http_code}' -b "$COOKIES" -H "Accept-Language: ${language,,}" "$url")")
	done
	sorted=$(printf '%s\n' "${times[@]}" | cut -d' ' -f1 | sort -n)
	median=$(echo "$sorted" | sed -n "$(((RUNS + 1) / 2))p")
	slowest=$(echo "$sorted" | tail -1)
	printf '%-26s %8.0f %8.0f %8d %6s\n' "$what" "$(echo "$median * 1000" | bc)" "$(echo "$slowest * 1000" | bc)" \
		"$(wc -c <"$WORK/answer")" "$(printf '%s\n' "${times[@]}" | cut -d' ' -f2 | sort -u | tr '\n' ' ')"
done
echo "load average after: $(uptime | sed 's/.*load average: //')"
# The page must show figures, not an error: the number of requests posted in the quarter, as the page says it.
curl -s -b "$COOKIES" "localhost:$PORT/impact/$SLUG?$QUARTER&lang=en" | grep -o 'Help requests[^<]*' | head -3 || true

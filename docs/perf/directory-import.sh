#!/usr/bin/env bash
# Times the asset map's CSV import of ROWS rows (1,000 by default) through the web form, as the demo champion, on
# the embedded default in a fresh data folder. Run from the project root after `./mvnw -q package -DskipTests`.
set -euo pipefail
PORT=${PORT:-8094}
ROWS=${ROWS:-1000}
RUNS=${RUNS:-5}
WORK=$(mktemp -d)
JAR=$(ls target/wraparound-*.jar | head -1)
JAR_COOKIES="$WORK/cookies"
(cd "$WORK" && java -jar "$OLDPWD/$JAR" --server.port="$PORT" >"$WORK/app.log" 2>&1) &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null "localhost:$PORT/"; do sleep 1; done

csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "localhost:$PORT/signin" | csrf)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=champion@wraparound.example" \
	--data-urlencode "password=wraparound-demo" --data-urlencode "_csrf=$TOKEN" "localhost:$PORT/signin"
IMPORT="localhost:$PORT/communities/maple-grove-compassionate-community/directory/import"

for run in $(seq 1 "$RUNS"); do
	CSV="$WORK/entries-$run.csv"
	echo "name,category,description_en,description_fr,phone,email,website,hours,address,latitude,longitude,languages,accessibility,maintained_by,last_checked" >"$CSV"
	for i in $(seq 1 "$ROWS"); do
		echo "Group $run-$i,MEALS_AND_FOOD,Hot meals for neighbours number $i,Repas chauds numéro $i,613-555-0100,group$i@example.org,https://group$i.example.org,Mon-Fri 9-5,$i Main Street,44.$((i % 900 + 100)),-79.$((i % 900 + 100)),en;fr,Step-free entrance,Volunteer $i,2026-10-01"
	done >>"$CSV"
	TOKEN=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$IMPORT" | csrf)
	[ -n "$TOKEN" ] || { echo "not signed in as the champion" >&2; exit 1; }
	curl -s -o "$WORK/answer" -w "run $run: %{http_code} in %{time_total} s\n" -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
		-F "_csrf=$TOKEN" -F "file=@$CSV;type=text/csv" "$IMPORT"
done
ls -la "$WORK"/entries-*.csv | head -1 >&2; head -c 300 "$WORK/answer" >&2

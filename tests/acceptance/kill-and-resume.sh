#!/usr/bin/env bash
# Issue 6 acceptance, outside the test suite: ingest N JSON Lines documents into SQLite, SIGKILL the ingest five
# times at random moments, run it once more to the end, and compare the JSON export with that of an uninterrupted
# run, byte for byte.
#   tests/acceptance/kill-and-resume.sh [ARMSCOPE_DLL] [DOCUMENTS] [SEED]
# A kill lands once the run has stored a random further 100-450 documents, plus 0-400 ms, so it falls mid-batch.
set -euo pipefail
dll=$(realpath "${1:-src/Armscope.Cli/bin/Release/net10.0/armscope.dll}")
documents=${2:-3000}
seed=${3:-6}
armscope() { dotnet "$dll" "$@"; }
work=$(mktemp -d /tmp/armscope-acceptance.XXXXXX)
cd "$work"
count() { sqlite3 crash.db 'select count(*) from documents' 2>/dev/null || echo 0; }

armscope bench generate "$documents" --seed "$seed" --out news.jsonl
armscope ingest news.jsonl --db clean.db >clean.out 2>&1
armscope export --format json --db clean.db --output clean.json

kills=0
for i in 1 2 3 4 5; do
    before=$(count)
    target=$((before + 100 + RANDOM % 350))
    extra=$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", (r % 400) / 1000 }')
    # Started directly (not through the function), so $! is the ingest process itself and the kill reaches it.
    dotnet "$dll" ingest news.jsonl --db crash.db --resume --log run.log >"run$i.out" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null && [ "$(count)" -lt "$target" ]; do sleep 0.05; done
    sleep "$extra"
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid"
        wait "$pid" 2>/dev/null || true
        kills=$((kills + 1))
        echo "run $i: SIGKILL ${extra} s after passing $target documents (had $before), register now holds $(count)"
    else
        wait "$pid" || true
        echo "run $i: finished before its kill"
    fi
done

armscope ingest news.jsonl --db crash.db --resume --log run.log >final.out 2>&1
echo "runs that reached their end: $(grep -c '"event":"end"' run.log) of 6 started ($kills killed)"
grep -E '^(Register|Resumed)' final.out
armscope export --format json --db crash.db --output crash.json
if cmp -s clean.json crash.json; then
    echo "IDENTICAL after $kills kills: $(stat -c %s crash.json) bytes, $(count) documents, $(sqlite3 crash.db 'select count(*) from deals') deals ($work)"
else
    echo "DIFFERENT: see $work" >&2
    exit 1
fi

#!/usr/bin/env bash
# Runs `armscope bench` and the peers (wink-nlp 2.4 + wink-eng-lite-web-model, compromise 14, jsdom +
# @mozilla/readability 0.6) on the same texts and pages, one after the other on this machine, and prints
# the figures side by side with the ratios the acceptance asks for.
#
# usage: bench/peers/run.sh [--corpus FILE | --generate N] [--html DIR] [--seconds S]
#   --corpus FILE   documents to measure on (any input armscope reads); default: 2,000 generated articles
#   --html DIR      HTML pages (.html or .html.gz); default: ../shared/bench/article-extraction/html when present
#   --seconds S     least time each figure is measured over (default 3)
# Peers are installed from npm into bench/peers/node_modules; results go to bench/peers/out/.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/out"

corpus_args=(--generate 2000)
sample=2000
html=""
[[ -d "$root/../shared/bench/article-extraction/html" ]] && html="$root/../shared/bench/article-extraction/html"
seconds=3
while (($#)); do
    case "$1" in
        --corpus) corpus_args=(--corpus "$2"); shift 2 ;;
        --generate) corpus_args=(--generate "$2"); sample="$2"; shift 2 ;;
        --html) html="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

command -v node >/dev/null || { echo "run.sh: node is needed (apt-get install nodejs npm)" >&2; exit 1; }
mkdir -p "$out"

echo "== installing the peers from npm into $here/node_modules" >&2
(cd "$here" && if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi) >&2

echo "== building armscope (Release)" >&2
# Other builds may hold files in obj/ for a moment on a shared machine: one retry.
dotnet build "$root/src/Armscope.Cli" -c Release -v quiet -nologo >&2 || { sleep 20; dotnet build "$root/src/Armscope.Cli" -c Release -v quiet -nologo >&2; }
armscope=(dotnet "$root/src/Armscope.Cli/bin/Release/net10.0/armscope.dll")

html_args=()
[[ -n "$html" ]] && html_args=(--html "$html")

echo "== armscope bench" >&2
"${armscope[@]}" bench "${corpus_args[@]}" --sample "$sample" "${html_args[@]}" --seconds "$seconds" --no-ingest --parallel 1 \
    --texts-out "$out/texts.jsonl" --json > "$out/armscope.json"

echo "== peers on the same texts$( [[ -n "$html" ]] && echo " and pages")" >&2
node "$here/peers.js" "$out/texts.jsonl" "$html" "$seconds" > "$out/peers.json"

node "$here/report.js" "$out/armscope.json" "$out/peers.json" | tee "$out/report.txt"

#!/usr/bin/env bash
# Benchmarks factdiff side by side with word-diff tools (git diff --word-diff,
# dwdiff) on pairs of real news text built deterministically from the corpus:
# A = the corpus texts in name order, repeated to the size; B = A with every
# 7th line moved to the end, every 11th dropped and the digits of every 5th
# changed. Prints medians, ratios, the 4 MB / 1 MB scaling and peak memory.
#
#   scripts/bench.sh           full run (about two minutes)
#   scripts/bench.sh --quick   a few runs, and fails on a blow-up (for CI)
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
[[ ${1:-} == --quick ]] && quick=1
corpus=${FACTDIFF_CORPUS:-../shared/corpus/ecbplus/ECB+}
[[ -d $corpus ]] || { echo "bench: corpus not found at $corpus (set FACTDIFF_CORPUS)" >&2; exit 2; }

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v dwdiff >/dev/null || need+=(dwdiff)
command -v /usr/bin/time >/dev/null || need+=(time)
command -v bc >/dev/null || need+=(bc)
if ((${#need[@]})); then
  echo "bench: installing ${need[*]}" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/factdiff
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

texts=$(find "$corpus" -name '*.txt' | LC_ALL=C sort)
make_a() { # size out
  : >"$2"
  while (($(stat -c %s "$2") < $1)); do cat $texts >>"$2"; done
  head -c "$1" "$2" | sed '$d' >"$2.tmp" && mv "$2.tmp" "$2"
}
make_b() { # a out
  awk '{ if (NR % 11 == 0) next; if (NR % 5 == 0) gsub(/[0-9]/, "7");
         if (NR % 7 == 0) { moved = moved $0 "\n"; next } print }
       END { printf "%s", moved }' "$1" >"$2"
}
sizes=$( ((quick)) && echo 1 || echo "1 4")
for size in $sizes; do
  make_a $((size * 1000000)) "$work/a$size.txt"
  make_b "$work/a$size.txt" "$work/b$size.txt"
done
# Twenty sources of about 5 KB: three consecutive articles each.
mapfile -t files < <(find "$corpus" -name '*ecbplus.txt' | LC_ALL=C sort | head -60)
for i in $(seq 0 19); do cat "${files[@]:$((i * 3)):3}" >"$work/n$i.txt"; done

runs=$((quick ? 3 : 15))
median() { # json-file command-index
  python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['median'])" "$@"
}
measure() { # name, then commands
  local name=$1; shift
  hyperfine -N -i --warmup 2 --runs "$runs" --export-json "$work/$name.json" "$@" >/dev/null 2>&1
}
rss() { # command... -> peak RSS in MB (10^6 bytes; time -v gives KiB)
  { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F': ' '/Maximum resident/ { printf "%.1f", $2 * 1024 / 1e6 }'
}

seed="fixtures/beijing-parade-a.txt fixtures/beijing-parade-b.txt"
measure seed "$bin --format json $seed"
echo "seed pair: factdiff $(python3 -c "print(f'{$(median "$work/seed.json" 0) * 1000:.1f}')") ms (median of $runs)"

printf '\n%-8s %12s %12s %12s %8s %10s\n' size factdiff git-word-diff dwdiff ratio "RSS (MB)"
for size in $sizes; do
  a=$work/a$size.txt b=$work/b$size.txt
  # Alternate the tools in rounds so that load on the machine hits all alike.
  for round in $( ((quick)) && echo 1 || echo "1 2 3"); do
    measure "s$size-$round" "$bin --format json $a $b" "git diff --no-index --word-diff $a $b" "dwdiff $a $b"
  done
  read -r f g d < <(python3 - "$work" "$size" <<'PY'
import json, statistics, sys
work, size = sys.argv[1], sys.argv[2]
import os
rounds = [json.load(open(f"{work}/s{size}-{r}.json"))["results"] for r in (1, 2, 3) if os.path.exists(f"{work}/s{size}-{r}.json")]
print(*(statistics.median(r[i]["median"] for r in rounds) for i in range(3)))
PY
)
  eval "f$size=$f"
  peak=$(rss "$bin" --format json "$a" "$b")
  printf '%-8s %10.1fms %10.1fms %10.1fms %8.1f %10s\n' "${size}MB" "$(echo "$f*1000" | bc -l)" \
    "$(echo "$g*1000" | bc -l)" "$(echo "$d*1000" | bc -l)" "$(echo "$f/$g" | bc -l)" "$peak"
done
((quick)) || echo "scaling 4MB/1MB: $(echo "$f4/$f1" | bc -l | head -c 4)"

measure nway "$bin --format json $(echo "$work"/n*.txt)"
echo "20 sources of ~5 KB: $(python3 -c "print(f'{$(median "$work/nway.json" 0) * 1000:.1f}')") ms"

if ((quick)); then
  # A blow-up (an all-pairs loop, a quadratic scan) shows as a jump of many
  # times; the machines are too noisy for anything finer.
  limit=${FACTDIFF_BENCH_LIMIT:-5}
  if (($(echo "$f1 > $limit" | bc -l))); then
    echo "bench: 1 MB pair took ${f1}s, over the ${limit}s limit" >&2
    exit 1
  fi
fi

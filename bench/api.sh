#!/usr/bin/env bash
# Measures the orientation API on a running server: N sequential requests per endpoint,
# printing the median and the 95th percentile in milliseconds. Prints, asserts nothing.
# Usage: bench/api.sh [BASE_URL] [N]     (default http://127.0.0.1:8080, 200)
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
n=${2:-200}
m=$base/api/municipalities/granviken
measure() {
  local name=$1 url=$2
  for _ in $(seq "$n"); do curl -s -o /dev/null -H 'accept-encoding: br' -w '%{time_total}\n' "$url"; done \
    | sort -n | awk -v name="$name" '{ t[NR] = $1 * 1000 } END { printf "%-34s median %6.1f ms   p95 %6.1f ms   (n=%d)\n", name, t[int(NR/2)], t[int(NR*0.95)], NR }'
}
measure "index (ar)" "$m/orientation?lang=ar"
measure "article (prs)" "$m/articles/nodlage-112?lang=prs"
measure "search Swedish word from Arabic" "$m/search?lang=ar&q=F%C3%B6rs%C3%A4kringskassan"
measure "search Arabic word" "$m/search?lang=ar&q=%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D8%B1%D8%A6"

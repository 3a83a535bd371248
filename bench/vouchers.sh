#!/usr/bin/env bash
# Measures the fritidscheck on a running server with the demo data: a guardian's balance
# lookup, an association's check and redemption one after another, and a burst of
# concurrent redemptions of one voucher. Prints, asserts nothing. Each run spends
# 1 öre per redemption of the demo card CKRJ-X9C8-QVDN-8D (500 kr).
# Usage: bench/vouchers.sh [BASE_URL] [N]   (default http://127.0.0.1:8080, 60; N is
# kept under the per-account limit of 150 checks and redemptions in 10 minutes)
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
n=${2:-60}
code=CKRJ-X9C8-QVDN-8D
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

summary() {
  sort -n | awk -v name="$1" '{ t[NR] = $1 * 1000 } END { printf "%-40s median %6.1f ms   p95 %6.1f ms   (n=%d)\n", name, t[int(NR/2)+1], t[int(NR*0.95)], NR }'
}

# A guardian's lookups are limited to 20 per client in 10 minutes.
for _ in $(seq 15); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'content-type: application/json' \
    -d "{\"code\":\"$code\"}" "$base/api/vouchers/balance"
done | summary "balance lookup (guardian)"

csrf=$(curl -s -c "$jar" -H 'content-type: application/json' \
  -d '{"email":"forening@granviken.example","password":"valkommen-demo"}' "$base/api/auth/sign-in" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["csrf_token"])')
club=$(curl -s -b "$jar" "$base/api/staff/associations" \
  | python3 -c 'import json, sys; print([a["id"] for a in json.load(sys.stdin) if a["slug"] == "granvikens-if"][0])')
post() {
  curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -b "$jar" -H "x-csrf-token: $csrf" \
    -H 'content-type: application/json' -d "$2" "$base/api/staff/associations/$club/$1"
}

for _ in $(seq 20); do post voucher-checks "{\"code\":\"$code\"}"; done | cut -d' ' -f1 | summary "check (association)"
for i in $(seq "$n"); do
  post redemptions "{\"code\":\"$code\",\"amount_ore\":1,\"idempotency_key\":\"bench-$$-$i\"}"
done | cut -d' ' -f1 | summary "redemption, one after another"

export -f post
export base club csrf jar code
start=$(date +%s.%N)
seq "$n" | xargs -P 16 -I{} bash -c "post redemptions '{\"code\":\"$code\",\"amount_ore\":1,\"idempotency_key\":\"burst-$$-{}\"}'" \
  > /tmp/vk-burst.txt
end=$(date +%s.%N)
cut -d' ' -f1 /tmp/vk-burst.txt | summary "redemption, 16 at a time"
awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "%-40s %6.0f per second (%d in %.2f s)\n", "burst throughput", n / (e - s), n, e - s }'
printf '%-40s %s\n' "burst answers (status: count)" "$(cut -d' ' -f2 /tmp/vk-burst.txt | sort | uniq -c | awk '{ printf "%s: %s  ", $2, $1 }')"

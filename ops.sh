#!/usr/bin/env bash
# The operators' actions, one command each (ops/README.md names the one for each alert). Every action goes to a
# service's actuator, which needs the OPERATOR role and writes an audit line (who, what, when, outcome).
#
#   ./ops.sh status                                   health, consumer lag, dead letters, outbox, last drift audit
#   ./ops.sh rebuild feed                             rebuild feed-service's read model from the topic (then: status)
#   ./ops.sh reindex search                           rebuild search-service's index in a new generation, then swap
#   ./ops.sh synonyms reload                          reload search-service's synonyms file
#   ./ops.sh deadletters list <feed|search> [after]   count, oldest, newest and a page of dead letters
#   ./ops.sh deadletters show <feed|search> <id>      one dead letter with payload and headers (id as 0-42)
#   ./ops.sh deadletters replay <feed|search> all | <id,id..> | <partition> <from> <to>
#   ./ops.sh drift audit | repair                     compare article-service with the read models; repair republishes
#
# Defaults are the local run's (./run-local.sh: one port per service, demo operator). For a deployment, point at the
# management ports (compose: a container on its network; k8s: a pod labelled newsroom.id/operator-tooling=true):
#   OPS_URL_ARTICLE OPS_URL_FEED OPS_URL_SEARCH OPS_URL_MEDIA OPS_URL_WEB   e.g. http://feed-service:9082
#   OPS_USER=user:password (HTTP Basic, default operator:operator-pass)  or  OPS_TOKEN=<bearer token> (docker, k8s)
# Flags before the command: --token <t>, --user <u:p>.
set -euo pipefail

while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --token) OPS_TOKEN=$2; shift 2 ;;
    --user) OPS_USER=$2; shift 2 ;;
    *) echo "unknown flag $1" >&2; exit 2 ;;
  esac
done

declare -A URL=(
  [article]=${OPS_URL_ARTICLE:-http://127.0.0.1:8081} [feed]=${OPS_URL_FEED:-http://127.0.0.1:8082}
  [search]=${OPS_URL_SEARCH:-http://127.0.0.1:8083} [media]=${OPS_URL_MEDIA:-http://127.0.0.1:8084}
  [web]=${OPS_URL_WEB:-http://127.0.0.1:8080})

# One authenticated call; prints the body, fails (with the problem's detail) on an HTTP error.
call() {
  local method=$1 url=$2 out status
  local auth=(-u "${OPS_USER:-operator:operator-pass}")
  [[ -n ${OPS_TOKEN:-} ]] && auth=(-H "Authorization: Bearer $OPS_TOKEN")
  out=$(mktemp)
  # The actuator's write operations take their arguments as JSON: the Content-Type is required even without a body.
  status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" "${auth[@]}" -H 'Content-Type: application/json' \
    --max-time "${OPS_TIMEOUT:-120}" "$url") || { rm -f "$out"; echo "cannot reach $url" >&2; return 1; }
  if [[ $status -ge 400 ]]; then
    echo "$method $url -> $status: $(cat "$out")" >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}

pretty() { python3 -m json.tool 2>/dev/null || cat; }

service() {
  case ${1:-} in
    feed | search) echo "$1" ;;
    *) echo "name the service: feed or search" >&2; exit 2 ;;
  esac
}

status() {
  echo "== health"
  for s in article feed search media web; do
    printf '%-8s %s\n' "$s" "$(curl -s --max-time 5 "${URL[$s]}/actuator/health" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin).get("status","?"))' 2>/dev/null || echo DOWN)"
  done
  echo "== consumer lag (records behind the topic's end)"
  printf '%-8s %s\n' feed "$(scrape feed | metric_sum 'kafka_consumer_fetch_manager_records_lag{')"
  printf '%-8s %s\n' search "$(scrape search | metric_sum 'news_search_index_lag_records{')"
  echo "== dead letters waiting (./ops.sh deadletters list <service>)"
  for s in feed search; do
    printf '%-8s %s\n' "$s" "$(call GET "${URL[$s]}/actuator/deadletters?limit=1" 2>/dev/null \
      | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("count"), "oldest", d.get("oldest"))' \
      2>/dev/null || echo unknown)"
  done
  echo "== outbox (events waiting for Kafka / oldest age in s)"
  local article media
  article=$(scrape article) media=$(scrape media)
  printf '%-8s %s / %s\n' article "$(metric_sum 'news_outbox_pending_events{' <<<"$article")" \
    "$(metric_sum 'news_outbox_oldest_pending_age_seconds{' <<<"$article")"
  printf '%-8s %s / %s\n' media "$(metric_sum 'news_media_outbox_pending_events{' <<<"$media")" \
    "$(metric_sum 'news_media_outbox_oldest_pending_age_seconds{' <<<"$media")"
  echo "== last drift audit (./ops.sh drift audit runs one now)"
  python3 -c '
import sys, time
last, items = None, []
for line in sys.stdin:
    if line.startswith("news_read_model_drift_last_audit_seconds"):
        last = float(line.rsplit(" ", 1)[1])
    elif line.startswith("news_read_model_drift_items{"):
        inner = line[line.index("{") + 1:line.index("}")].replace(chr(34), "")
        labels = dict(p.split("=", 1) for p in inner.split(","))
        value = line.rsplit(" ", 1)[1].strip()
        if value not in ("0.0", "NaN"):
            model, kind = labels.get("read_model"), labels.get("kind")
            items.append(f"{model} {kind}={value}")
print("never" if last is None or last != last else f"{int(time.time() - last)} s ago", "; drift:",
      ", ".join(items) or "none")' <<<"$article"
}

# A service's Prometheus scrape (anonymous, as Prometheus reads it); empty when the service does not answer.
scrape() {
  curl -s --max-time 10 "${URL[$1]}/actuator/prometheus" || true
}

# Sum of the samples of the given metric prefixes in a Prometheus scrape on stdin ("-" when there is none).
metric_sum() {
  python3 -c '
import sys
prefixes = sys.argv[1:]
total, seen = 0.0, False
for line in sys.stdin:
    if any(line.startswith(p) for p in prefixes):
        value = float(line.rsplit(" ", 1)[1])
        if value == value and value >= 0:
            total, seen = total + value, True
print(int(total) if seen else "-")' "$@"
}

case ${1:-} in
  status) status ;;
  rebuild) [[ ${2:-} == feed ]] || { echo "usage: ./ops.sh rebuild feed" >&2; exit 2; }
    call POST "${URL[feed]}/actuator/rebuild" | pretty
    echo "follow it with: ./ops.sh rebuild-status" ;;
  rebuild-status) call GET "${URL[feed]}/actuator/rebuild" | pretty ;;
  reindex) [[ ${2:-} == search ]] || { echo "usage: ./ops.sh reindex search" >&2; exit 2; }
    call POST "${URL[search]}/actuator/searchindex" | pretty
    echo "follow it with: ./ops.sh reindex-status" ;;
  reindex-status) call GET "${URL[search]}/actuator/searchindex" | pretty ;;
  synonyms) [[ ${2:-} == reload ]] || { echo "usage: ./ops.sh synonyms reload" >&2; exit 2; }
    call POST "${URL[search]}/actuator/synonyms" | pretty ;;
  deadletters)
    s=$(service "${3:-}")
    case ${2:-} in
      list) call GET "${URL[$s]}/actuator/deadletters?limit=${OPS_LIMIT:-20}${4:+&after=$4}" | pretty ;;
      show) [[ -n ${4:-} ]] || { echo "usage: ./ops.sh deadletters show $s <id>" >&2; exit 2; }
        call GET "${URL[$s]}/actuator/deadletters/$4" | pretty ;;
      replay)
        case ${4:-} in
          all) query="all=true" ;;
          "") echo "usage: ./ops.sh deadletters replay $s all | <id,id..> | <partition> <from> <to>" >&2; exit 2 ;;
          *-*) query="ids=$4" ;;
          *) query="partition=$4&from=${5:?from offset}&to=${6:?to offset}" ;;
        esac
        call POST "${URL[$s]}/actuator/deadletters?$query" | pretty ;;
      *) echo "usage: ./ops.sh deadletters list|show|replay <feed|search> ..." >&2; exit 2 ;;
    esac ;;
  drift)
    case ${2:-} in
      audit) call GET "${URL[article]}/actuator/drift" | pretty ;;
      repair) call POST "${URL[article]}/actuator/drift?repair=true" | pretty ;;
      *) echo "usage: ./ops.sh drift audit|repair" >&2; exit 2 ;;
    esac ;;
  *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2 ;;
esac

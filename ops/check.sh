#!/usr/bin/env bash
# Checks everything under ops/ (and the compose file) without installing anything:
#   - promtool check config   both Prometheus configurations (compose and local), with the rule files they load
#   - promtool check rules    every rule file
#   - promtool test rules     every unit test, and that every alert has one
#   - the Grafana dashboard:  valid JSON, Prometheus datasource by uid, every PromQL query parses (via promtool)
#   - the local on-call dashboard: its panels are the Grafana ones; the queries of its page parse too
#   - YAML syntax of the Grafana provisioning files and docker-compose.yml (when python3 with PyYAML is present)
# Needs promtool (Debian package `prometheus`). Exits non-zero on any problem.
# Usage: ops/check.sh   (from any directory)
set -uo pipefail

ops_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(dirname "$ops_dir")"
cd "$ops_dir" || exit 2

failures=0
checks=0
ok()   { checks=$((checks + 1)); echo "  ok    $*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "  FAIL  $*"; }
skip() { echo "  skip  $*"; }

# Runs a command quietly; prints its output only when it fails.
run() {
  local what="$1"; shift
  local out
  if out="$("$@" 2>&1)"; then ok "$what"; else fail "$what"; echo "$out" | sed 's/^/        /'; fi
}

if ! command -v promtool >/dev/null 2>&1; then
  echo "ops/check.sh: promtool not found. Install the Debian package: apt-get install -y prometheus" >&2
  exit 2
fi
echo "ops/check.sh with $(promtool --version 2>&1 | head -n 1)"

shopt -s nullglob
rule_files=(prometheus/rules/*.yml)
test_files=(prometheus/tests/*.yml)
configs=(prometheus/prometheus.yml prometheus/prometheus-local.yml)

echo "Prometheus configuration"
for config in "${configs[@]}"; do
  if [[ -f "$config" ]]; then
    run "promtool check config ops/$config" promtool check config "$config"
  else
    fail "ops/$config is missing"
  fi
done

echo "Rules"
if ((${#rule_files[@]} == 0)); then fail "no rule files in ops/prometheus/rules"; fi
for rules in "${rule_files[@]}"; do
  run "promtool check rules ops/$rules" promtool check rules "$rules"
done

echo "Rule unit tests"
if ((${#test_files[@]} == 0)); then fail "no rule tests in ops/prometheus/tests"; fi
for tests in "${test_files[@]}"; do
  run "promtool test rules ops/$tests" promtool test rules "$tests"
done
# An alert nobody tested is an alert nobody knows fires: each one needs an alert_rule_test.
alerts=$(sed -n 's/^[[:space:]]*-[[:space:]]*alert:[[:space:]]*\([A-Za-z0-9_:]*\).*/\1/p' "${rule_files[@]}" | sort -u)
for alert in $alerts; do
  if grep -Eq "alertname:[[:space:]]*${alert}[[:space:]]*$" "${test_files[@]}" /dev/null; then
    ok "alert $alert has a unit test"
  else
    fail "alert $alert has no alert_rule_test in ops/prometheus/tests"
  fi
done

# Without group_eval_order promtool runs groups in random order, and alerts built on recording rules get flaky.
groups=$(sed -n 's/^[[:space:]]*-[[:space:]]*name:[[:space:]]*\([A-Za-z0-9_.:-]*\).*/\1/p' "${rule_files[@]}" | sort -u)
for tests in "${test_files[@]}"; do
  missing=""
  for group in $groups; do
    grep -Eq "^[[:space:]]*-[[:space:]]*${group}[[:space:]]*$" "$tests" || missing="$missing $group"
  done
  if [[ -z "$missing" ]]; then
    ok "ops/$tests lists every rule group in group_eval_order"
  else
    fail "ops/$tests: group_eval_order misses:$missing"
  fi
done

echo "Grafana"
if command -v python3 >/dev/null 2>&1; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  for dashboard in grafana/dashboards/*.json; do
    # Writes the dashboard's queries as a rule file (JSON is YAML) so that promtool parses every one of them.
    if out="$(python3 - "$dashboard" "$tmp/dashboard-queries.yml" 2>&1 <<'PY'
import json, sys
path, out = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    d = json.load(f)
problems, exprs = [], []
if not d.get("uid") or not d.get("title"):
    problems.append("dashboard needs a uid and a title")
def walk(panels):
    for p in panels:
        yield p
        yield from walk(p.get("panels", []))
ids = [p.get("id") for p in walk(d.get("panels", []))]
if len(ids) != len(set(ids)):
    problems.append("duplicate panel ids")
for p in walk(d.get("panels", [])):
    for t in p.get("targets", []):
        ds = t.get("datasource") or p.get("datasource") or {}
        if ds.get("uid") != "prometheus":
            problems.append(f"panel '{p.get('title')}' uses datasource {ds}, not uid 'prometheus'")
        exprs.append((p.get("title"), t.get("expr", "")))
for a in d.get("annotations", {}).get("list", []):
    if a.get("expr"):
        exprs.append(("annotation " + a.get("name", ""), a["expr"]))
for title, e in exprs:
    if not e.strip():
        problems.append(f"panel '{title}' has an empty query")
# Grafana's interval variables are not PromQL: substitute what they expand to.
rules = [{"record": f"dashboard_query_{i}",
          "expr": e.replace("$__rate_interval", "1m").replace("$__interval", "1m").replace("$__range", "1h")}
         for i, (_, e) in enumerate(exprs)]
with open(out, "w", encoding="utf-8") as f:
    json.dump({"groups": [{"name": "dashboard-queries", "rules": rules}]}, f)
if problems:
    print("\n".join(problems)); sys.exit(1)
print(f"{len(exprs)} queries")
PY
)"; then
      ok "ops/$dashboard is valid JSON ($out), datasource uid prometheus"
      run "every query of ops/$dashboard parses (promtool check rules)" promtool check rules "$tmp/dashboard-queries.yml"
    else
      fail "ops/$dashboard"; echo "$out" | sed 's/^/        /'
    fi
  done

  if python3 -c 'import yaml' >/dev/null 2>&1; then
    for yml in grafana/provisioning/*/*.yml "$root_dir/docker-compose.yml"; do
      name="${yml#"$root_dir"/}"
      [[ "$name" == grafana/* ]] && name="ops/$name"
      if [[ -f "$yml" ]]; then
        run "$name parses as YAML" python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1], encoding="utf-8"))' "$yml"
      else
        fail "$name is missing"
      fi
    done
  else
    skip "YAML syntax of provisioning and docker-compose.yml (python3 without PyYAML)"
  fi
else
  skip "dashboard JSON and queries, YAML syntax (no python3)"
fi

echo "On-call dashboard of the local run (Prometheus console template)"
# Its panels are the Grafana dashboard's (the launcher embeds that JSON, so its queries were parsed above); the page
# itself runs only the few queries of its header, parsed here.
page="$root_dir/platform-launcher/src/main/resources/dashboard/page.html"
if [[ -f "$page" ]]; then
  page_rules="$(mktemp)"
  {
    echo "groups: [{name: console-queries, rules: ["
    grep -o 'query "[^"]*"' "$page" | sed 's/^query "\(.*\)"$/\1/' | awk '{ printf "  {record: console_query_%d, expr: %c%s%c},\n", NR, 39, $0, 39 }'
    echo "]}]"
  } > "$page_rules"
  if grep -q console_query_ "$page_rules"; then
    run "every query of the console page parses (promtool check rules)" promtool check rules "$page_rules"
  else
    fail "no query found in $page"
  fi
  rm -f "$page_rules"
else
  fail "platform-launcher/src/main/resources/dashboard/page.html is missing"
fi

echo
if ((failures > 0)); then
  echo "ops/check.sh: $failures of $checks checks FAILED"
  exit 1
fi
echo "ops/check.sh: all $checks checks passed"

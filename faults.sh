#!/usr/bin/env bash
# The fault suite: ./faults.sh [--ops 1000] [--runs 3] [--seed S] [--per-kind K]
# Starts the Kafka broker, the MongoDB stand-in and the three services as separate processes on free ports (never the
# defaults), writes through the editors' API while it kills and restarts them, stops MongoDB, redelivers records and
# poisons the topic; then compares every read model with article-service. Prints one table per run; exits non-zero
# unless every run shows zero lost, ghost and stale. Needs only a JDK 17+; installs nothing.
set -euo pipefail
cd "$(dirname "$0")"

echo "Building the jars (tests skipped)..."
./mvnw -B -q -DskipTests package -pl platform-faults -am

exec java -Xmx512m -Dnews.root="$PWD" -jar platform-faults/target/platform-faults-0.1.0-SNAPSHOT-exec.jar "$@"

#!/usr/bin/env bash
# The platform benchmark: ./bench.sh [N=100000] [--use-running]
# Starts the local platform on .local-bench/N (or uses the one ./run-local.sh runs, with --use-running), imports N
# generated Indonesian articles, measures every reader path with wrk at 4 connections while editors write, then idle
# CPU and restart; prints the table and saves bench-results/<date>-<N>.{json,md,png}. Seconds per path:
# BENCH_SECONDS (default 15). Needs only a JDK 17+; installs wrk (Debian package) when missing.
set -euo pipefail
cd "$(dirname "$0")"

ops/install-wrk.sh
ops/install-libvips.sh

echo "Building (tests skipped)..."
./mvnw -B -q -Dmaven.test.skip=true package

exec java -Xmx1g -XX:PerfDataSamplingInterval=1000 -Dnews.root="$PWD" -Dbench.seconds="${BENCH_SECONDS:-15}" \
  -jar platform-bench/target/platform-bench-0.1.0-SNAPSHOT-exec.jar "$@"

#!/usr/bin/env bash
# Runs the whole news platform on this machine, without Docker: Kafka, MongoDB (a stand-in unless MONGODB_URI is
# set), article-service, feed-service, search-service, media-service, the readers' site, the editors' desk (8085) and
# its sign-in server (8180, the demo users), plus demo data with photos on the first start. Needs a JDK 17+; installs libvips (Debian package, for media-service's photo variants) if missing.
# Ctrl-C stops everything. Data stays in .local/ (delete that folder to start from scratch).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "Java 17 or newer is needed: 'java' is not on the PATH." >&2
  exit 1
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${java_major%%.*}" -lt 17 ] 2>/dev/null; then
  echo "Java 17 or newer is needed: found ${java_major}." >&2
  exit 1
fi

ops/install-libvips.sh

echo "Building the services (tests skipped; ./mvnw -B verify runs them)..."
./mvnw -B -q -Dmaven.test.skip=true package

exec java -Xmx1g -XX:PerfDataSamplingInterval=1000 -Dnews.root="$PWD" -jar platform-launcher/target/platform-launcher-0.1.0-SNAPSHOT-exec.jar "$@"

#!/usr/bin/env bash
# Imports a WordPress export (WXR, from Tools -> Export) into the newsroom through article-service's archive import.
#   ./import-wordpress.sh export.xml [--sections mapping.yml] [--url http://127.0.0.1:8081] [--user editor:editor-pass]
#       [--media-url http://127.0.0.1:8084] [--uploads-dir /path/to/wp-content/uploads | --no-pictures]
# Pictures go into media-service: fetched from the old site's URLs, or uploaded from a local copy of its uploads.
# Re-running it is safe: articles are matched by their WordPress post id (changed posts are updated, nothing doubles),
# pictures by their source URL or bytes.
set -euo pipefail
cd "$(dirname "$0")"
jar=wordpress-import/target/wordpress-import-0.1.0-SNAPSHOT-exec.jar
if [[ ! -f "$jar" || -n "$(find wordpress-import/src wordpress-import/pom.xml -newer "$jar" -print -quit)" ]]; then
  ./mvnw -B -q -pl wordpress-import package -DskipTests >&2
fi
# Paths given by the caller are relative to where they called from.
args=()
for a in "$@"; do
  if [[ -e "$OLDPWD/$a" && "$a" != /* ]]; then args+=("$OLDPWD/$a"); else args+=("$a"); fi
done
exec java -jar "$jar" "${args[@]}"

#!/usr/bin/env bash
# Installs the load generator wrk (Debian's package) when it is missing; the platform benchmark (bench.sh) and
# search-service's component benchmark drive their HTTP load with it.
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then exit 0; fi
echo "Installing the load generator wrk (Debian package)..."
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null

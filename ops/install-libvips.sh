#!/usr/bin/env bash
# Installs libvips' command-line tools (Debian package libvips-tools) when missing: media-service makes every photo
# variant with `vips` (shrink-on-load: a fraction of the time and memory of Java's ImageIO), and its benchmark
# compares itself with `vipsthumbnail`.
set -euo pipefail
if command -v vips >/dev/null 2>&1 && command -v vipsthumbnail >/dev/null 2>&1; then exit 0; fi
echo "Installing libvips (Debian package libvips-tools) for media-service..."
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends libvips-tools >/dev/null

#!/usr/bin/env bash
# The Firefox tests drive Debian's firefox-esr; install it when this machine lacks it.
set -euo pipefail
browser="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
[ -x "$browser" ] || missing+=(firefox-esr)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian packages for the Firefox tests: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"

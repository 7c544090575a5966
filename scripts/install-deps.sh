#!/usr/bin/env bash
# install-deps.sh - installs the Debian 12 packages rasd needs to build and
# test, by name, only those missing (idempotent; no network when all are
# present).  Run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libutf8proc-dev libstemmer-dev libxml2-dev libjansson-dev
  libsqlite3-dev libmicrohttpd-dev libcurl4-openssl-dev
  libcmocka-dev python3
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: run as root (apt-get needs it)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

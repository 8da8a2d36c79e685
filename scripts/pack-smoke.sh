#!/usr/bin/env bash
# Proves the npm package works as published: pack it, install the tarball into an empty folder, and run
# `npx netcompat` there on an example (one with a known high finding, so the exit code is checked too).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -1)"
mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball"
npx --no-install netcompat --version
status=0
npx --no-install netcompat scan "$root/examples/kubeadm-ipvs-debian8" --node-os debian-8 >"$work/out.txt" || status=$?
cat "$work/out.txt"
if [ "$status" -ne 1 ] || ! grep -q KP-IPVS-NO-SYSCTL "$work/out.txt"; then
  echo "pack-smoke: expected exit 1 with KP-IPVS-NO-SYSCTL from the packed CLI, got exit $status" >&2
  exit 1
fi
npx --no-install netcompat scan "$root/examples/clean" --node-os ubuntu-22.04 >/dev/null
echo "pack-smoke: the packed CLI works ($tarball)"

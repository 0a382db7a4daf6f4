#!/usr/bin/env bash
# run_script.sh SCRATCH_DIR KG SCRIPT: runs SCRIPT with bash -eu -o pipefail in a fresh
# SCRATCH_DIR, with $KG (the binary), $CORPUS, $SHARED and $DATA in the environment.
# A script exits 77 to report "skipped" (e.g. ../shared or a Python peer is absent).
set -u
dir=$1; export KG=$2; script=$3
rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || exit 1
exec bash -eu -o pipefail "$script"

#!/usr/bin/env bash
# expect.sh SCRATCH_DIR EXIT_CODE REGEX KG ARGS...
# Runs KG ARGS in SCRATCH_DIR; passes when the exit code is EXIT_CODE and the combined
# output matches the extended REGEX (empty REGEX: any output).
set -u
dir=$1 code=$2 regex=$3; shift 3
rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || exit 1
"$@" >stdout.txt 2>stderr.txt
got=$?
if [ "$got" != "$code" ]; then
  echo "expected exit $code, got $got: $*"; echo "--- stdout"; head -c 3000 stdout.txt; echo "--- stderr"; head -c 3000 stderr.txt
  exit 1
fi
if [ -n "$regex" ] && ! cat stdout.txt stderr.txt | grep -Eq -- "$regex"; then
  echo "output does not match /$regex/: $*"; echo "--- stdout"; head -c 3000 stdout.txt; echo "--- stderr"; head -c 3000 stderr.txt
  exit 1
fi
exit 0

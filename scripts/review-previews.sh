#!/usr/bin/env bash
# The review of a change to the sources, as the pull-request workflow makes it; runs locally too.
#
#   scripts/review-previews.sh BASE [OUT]      e.g. scripts/review-previews.sh origin/main
#
# Compares the working tree with the revision BASE (`prestatie diff`) and writes to OUT
# (default build/review): diff.md (the pull-request comment), diff.html (the whole
# comparison), diff.json, and for every year whose consolidated text changes a preview
# build in OUT/<year>/ (HTML, PDF and change report). Run `prestatie check` first: a
# broken source stops this script with its errors.
set -euo pipefail
base="${1:?usage: scripts/review-previews.sh BASE [OUT]}"
out="${2:-build/review}"
prestatie="${PRESTATIE:-prestatie}"

mkdir -p "$out"
for format in md html json; do
  "$prestatie" diff --base "$base" --format "$format" --out "$out/diff.$format"
done

# The years whose text changes are listed in the JSON review.
years=$(python3 -c 'import json, sys; print(*json.load(open(sys.argv[1]))["changed_years"])' \
  "$out/diff.json")
if [ -z "$years" ]; then
  echo "no year's consolidated text changes: no previews to build"
  exit 0
fi
for year in $years; do
  "$prestatie" build --year "$year" --out "$out/$year"
done

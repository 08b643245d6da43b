#!/usr/bin/env bash
# Post FILE as the review comment of pull request NUMBER, or update the one posted before.
#
#   scripts/post-review-comment.sh NUMBER FILE
#
# The comment is found by the marker that `prestatie diff --format md` puts on its first line,
# so a pull request keeps one review comment however often it is pushed to. Needs the GitHub
# CLI (`gh`, present on GitHub's runners) with GH_TOKEN and GH_REPO (owner/name) set.
set -euo pipefail
number="${1:?usage: scripts/post-review-comment.sh NUMBER FILE}"
file="${2:?usage: scripts/post-review-comment.sh NUMBER FILE}"
repo="${GH_REPO:?set GH_REPO to owner/name}"
marker="<!-- prestatie-diff -->"

existing=$(gh api --paginate "repos/$repo/issues/$number/comments" \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)
if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$repo/issues/comments/$existing" -F "body=@$file" >/dev/null
  echo "updated review comment $existing"
else
  gh api --method POST "repos/$repo/issues/$number/comments" -F "body=@$file" >/dev/null
  echo "posted review comment"
fi

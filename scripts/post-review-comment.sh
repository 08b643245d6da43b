#!/usr/bin/env bash
# Post FILE as the review comment of pull request NUMBER, or update the one posted before.
#
#   scripts/post-review-comment.sh NUMBER FILE
#
# The comment updated is the workflow's own: written by COMMENT_AUTHOR (default
# github-actions[bot], the account of the workflow's GITHUB_TOKEN) and starting with the marker
# that `prestatie diff --format md` puts on its first line, so a pull request keeps one review
# comment however often it is pushed to. A comment by anyone else is never edited, whatever it
# starts with. When there is none (or it was deleted meanwhile), a new comment is posted.
#
# Talks to the GitHub REST API with curl and jq (both on GitHub's runners): GH_TOKEN and GH_REPO
# (owner/name) must be set; GITHUB_API_URL is set by Actions (default https://api.github.com).
set -euo pipefail
number="${1:?usage: scripts/post-review-comment.sh NUMBER FILE}"
file="${2:?usage: scripts/post-review-comment.sh NUMBER FILE}"
repo="${GH_REPO:?set GH_REPO to owner/name}"
: "${GH_TOKEN:?set GH_TOKEN to a token that may comment on pull requests}"
api="${GITHUB_API_URL:-https://api.github.com}"
author="${COMMENT_AUTHOR:-github-actions[bot]}"
marker="<!-- prestatie-diff -->"
per_page=100
max_pages=100 # 10,000 comments: a bound, so that a misbehaving server cannot loop us forever

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# github METHOD PATH [JSON-FILE]: the HTTP status on stdout, the response body in $work/response.
github() {
  local data=()
  if [ $# -ge 3 ]; then
    data=(--header "Content-Type: application/json" --data-binary "@$3")
  fi
  curl --silent --show-error --max-time 60 --request "$1" \
    --header "Authorization: Bearer $GH_TOKEN" \
    --header "Accept: application/vnd.github+json" \
    --header "X-GitHub-Api-Version: 2022-11-28" \
    "${data[@]}" --output "$work/response" --write-out '%{http_code}' "$api/$2"
}

fail() { # STATUS WHAT
  echo "error: $2 failed with HTTP $1: $(head -c 500 "$work/response")" >&2
  exit 1
}

# The id of the oldest comment by $author that starts with the marker, or nothing.
own_comment() {
  local page status id
  for ((page = 1; page <= max_pages; page++)); do
    status=$(github GET "repos/$repo/issues/$number/comments?per_page=$per_page&page=$page")
    [ "$status" = 200 ] || fail "$status" "listing the comments"
    id=$(jq -r --arg author "$author" --arg marker "$marker" \
      'map(select(.user.login == $author and ((.body // "") | startswith($marker))))
       | first | .id // empty' "$work/response")
    if [ -n "$id" ]; then
      echo "$id"
      return
    fi
    if [ "$(jq length "$work/response")" -lt "$per_page" ]; then
      return # the last page
    fi
  done
}

jq --raw-input --slurp '{body: .}' "$file" >"$work/body.json"
existing=$(own_comment)
if [ -n "$existing" ]; then
  status=$(github PATCH "repos/$repo/issues/comments/$existing" "$work/body.json")
  if [ "$status" = 200 ]; then
    echo "updated review comment $existing"
    exit 0
  fi
  [ "$status" = 404 ] || fail "$status" "updating comment $existing"
  echo "review comment $existing is gone: posting a new one"
fi
status=$(github POST "repos/$repo/issues/$number/comments" "$work/body.json")
[ "$status" = 201 ] || fail "$status" "posting the review comment"
echo "posted review comment $(jq -r .id "$work/response")"

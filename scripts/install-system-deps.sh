#!/usr/bin/env bash
# Debian packages the tests need: poppler-utils (pdftotext, pdffonts, pdftoppm) and
# qpdf to inspect real PDFs; libharfbuzz-subset0, with which WeasyPrint subsets
# fonts natively (without it, it falls back to fontTools and warns). Pango comes
# with the base image. Installs only what is missing; needs root (or sudo).
set -euo pipefail
missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
ldconfig -p | grep -q libharfbuzz-subset || missing+=(libharfbuzz-subset0)
# The accessibility tests drive Debian's chromium through playwright (no browser download) and
# inject axe-core, pinned, from npm into .cache/axe. PRESTATIE_BROWSER=0 skips both.
browser="${PRESTATIE_BROWSER:-1}"
axe_version=4.11.0
axe_dir="$(cd "$(dirname "$0")/.." && pwd)/.cache/axe"
if [ "$browser" = 1 ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "$browser" = 1 ] &&
  ! grep -qs "\"version\": \"$axe_version\"" "$axe_dir/node_modules/axe-core/package.json"; then
  echo "installing axe-core $axe_version into .cache/axe"
  npm install --silent --no-audit --no-fund --prefix "$axe_dir" "axe-core@$axe_version" >/dev/null
fi

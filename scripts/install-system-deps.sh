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
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null

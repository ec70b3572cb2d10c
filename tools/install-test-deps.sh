#!/usr/bin/env bash
# What the export and explorer tests need besides npm packages, installed only when
# missing (Debian/Ubuntu, as root or with sudo):
#   - Chromium at /usr/bin/chromium, driven by playwright-core in test/explorer/;
#   - Python 3 with networkx in .venv-fixtures/, which test/export/ reads GEXF and
#     GraphML back with (the same venv tools/networkx-fixtures uses).
# Under CI=true those tests fail rather than skip when these are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
apt_install() { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "$@"; }

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "== installing chromium"
  apt_install chromium
fi
if ! .venv-fixtures/bin/python -c 'import networkx' 2>/dev/null; then
  echo "== creating .venv-fixtures with networkx"
  python3 -m venv .venv-fixtures 2>/dev/null || { apt_install python3-venv && python3 -m venv .venv-fixtures; }
  .venv-fixtures/bin/pip install --quiet "$(grep -E '^networkx==' tools/networkx-fixtures/requirements.txt)"
fi
echo "== test dependencies present: $(${CHROMIUM_PATH:-/usr/bin/chromium} --version 2>/dev/null | head -1); networkx $(.venv-fixtures/bin/python -c 'import networkx; print(networkx.__version__)')"

#!/usr/bin/env bash
# Creates bench/.venv with the pinned Python peers (networkx, python-igraph) from
# bench/requirements.txt. Idempotent: does nothing when the venv already matches.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
python="${PYTHON:-python3}"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
echo "$want" > "$stamp"
"$venv/bin/python" -c 'import networkx, igraph, scipy; print("bench venv ready: networkx", networkx.__version__, "igraph", igraph.__version__)'

#!/usr/bin/env bash
# Makes Tests/Fixtures/argilla/ with the real Argilla SDKs from PyPI (see its README.md).
# Needs python3 and PyPI; installs into throwaway venvs, never into the system.
# Usage: scripts/argilla-fixtures/make.sh [OUTPUT_DIR]   (default: Tests/Fixtures/argilla)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "${1:-$here/../../Tests/Fixtures/argilla}" && pwd)"
venvs="$(mktemp -d)"
trap 'rm -rf "$venvs"' EXIT

# Argilla 1.x, as the MPEP Spaces ran it (argilla-v1 is the 1.x SDK under its own name).
python3 -m venv "$venvs/v1"
"$venvs/v1/bin/pip" install -q 'argilla-v1==1.29.1' 'datasets==2.20.0' 'pyarrow==15.0.2' 'numpy==1.26.4' 'pandas==3.0.6'
# Argilla 2.x.
python3 -m venv "$venvs/v2"
"$venvs/v2/bin/pip" install -q 'argilla==2.8.0' 'datasets==5.2.0' 'pyarrow==26.0.1' 'requests'

cd "$here"
export HF_DATASETS_DISABLE_PROGRESS_BARS=1 PYTHONDONTWRITEBYTECODE=1
"$venvs/v1/bin/python" make_v1.py "$out"
"$venvs/v2/bin/python" make_v2.py "$out"
python3 make_extras.py "$out"
ls -l "$out"

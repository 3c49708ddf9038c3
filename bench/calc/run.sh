#!/usr/bin/env bash
# Attrition Desk against LibreOffice Calc, side by side: the same 10,000 scenarios of a 5-night contract,
# assessed by `attrition-cli assess --scenarios` and recalculated by Calc from a sheet of formulas
# (`soffice --headless --convert-to csv`). Builds nothing; not part of CI.
#
# Usage: bash bench/calc/run.sh ATTRITION_CLI [RUNS] [WORK_DIR]
#   RUNS      timed runs of each program, alternated (default 11)
#   WORK_DIR  where the contract, grid, sheet and outputs go (default: a new directory under /tmp)
# Needs python3 and LibreOffice Calc (Debian: apt-get install --no-install-recommends libreoffice-calc-nogui).
# See docs/PERFORMANCE.md, "Attrition Desk against LibreOffice Calc".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="${1:?usage: bash bench/calc/run.sh ATTRITION_CLI [RUNS] [WORK_DIR]}"
runs="${2:-11}"
work="${3:-$(mktemp -d /tmp/attrition-calc.XXXXXX)}"
cli="$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")"
[[ -x "$cli" ]] || { echo "run.sh: $cli is not an executable" >&2; exit 2; }
command -v soffice >/dev/null || { echo "run.sh: soffice not found (install libreoffice-calc-nogui)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "run.sh: python3 not found" >&2; exit 2; }

mkdir -p "$work"
python3 "$here/generate.py" "$work" --rows 10000

# A fresh LibreOffice user profile, warmed by one untimed conversion before the timed ones (measure.py).
# It is set to recalculate every formula of an ODF file on load (ODFRecalcMode 0 = always; the default, 1,
# trusts cached results). LibreOffice 7.4 applies that setting to .ods files only: a cached result in a
# flat .fods file is kept whatever it says, which is why the sheet carries none (measure.py checks it, and
# checks that a changed input cell changes Calc's figures).
profile="$work/lo-profile"
rm -rf "$profile"
mkdir -p "$profile/user"
cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

echo "work directory: $work"
echo "attrition-cli: $cli ($("$cli" --version 2>&1 | head -1))"
echo "LibreOffice: $(soffice --version 2>/dev/null | head -1)"
echo "fresh LibreOffice profile $profile, warmed by one untimed conversion; $runs timed runs of each, alternated"
python3 "$here/measure.py" "$cli" "$work" "$profile" "$runs"

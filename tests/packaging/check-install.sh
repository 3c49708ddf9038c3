#!/usr/bin/env bash
# Installs the build into a temporary prefix (cmake --install) and checks the result as a user would meet it:
# every file where the desktop and the program look for it, the desktop file and AppStream metadata valid
# and naming each other and the icon, the command line working from the prefix, and the desktop
# application's first start making its database from the installed sample contracts.
#
#   bash tests/packaging/check-install.sh BUILD_DIR
#
# Exits 77 (a skipped test) when attrition-desk or attrition-cli is not built in BUILD_DIR.
set -euo pipefail

build=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
id=$(sed -n 's/^ATTRITION_APP_ID:STRING=//p' "$build/CMakeCache.txt")
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

for program in app/gui/attrition-desk app/cli/attrition-cli; do
    if [ ! -x "$build/$program" ]; then
        echo "$program is not built: nothing to install"
        exit 77
    fi
done

work=$(mktemp -d /tmp/attrition-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

cmake --install "$build" --prefix "$prefix" >"$work/install.log" || {
    cat "$work/install.log"
    fail "cmake --install"
}

expected=(
    bin/attrition-desk
    bin/attrition-cli
    lib/attrition-desk/attrition-cli-reports.so
    share/applications/$id.desktop
    share/metainfo/$id.metainfo.xml
    share/icons/hicolor/scalable/apps/$id.svg
    share/attrition-desk/samples/example-a-cumulative.json
)
for size in 16 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expected[@]}"; do
    [ -e "$prefix/$f" ] || fail "not installed: $f"
done
samples=$(find "$prefix/share/attrition-desk/samples" -name '*.json' | wc -l)
sources=$(find "$here/../../resources/samples" -name '*.json' | wc -l)
[ "$samples" -eq "$sources" ] || fail "$samples sample contracts installed, $sources in resources/samples"
echo "installed: ${#expected[@]} files checked, $samples sample contracts"

# The desktop file, the metadata and the icon name each other.
desktop=$prefix/share/applications/$id.desktop
metainfo=$prefix/share/metainfo/$id.metainfo.xml
grep -qx "Icon=$id" "$desktop" || fail "$desktop: Icon is not $id"
grep -qx "Exec=attrition-desk" "$desktop" || fail "$desktop: Exec is not attrition-desk"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "$metainfo: launchable"
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo: no release $version"
status=0
bash "$here/validate-metadata.sh" "$desktop" "$metainfo" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 77 ] || fail "the installed desktop file or metadata is not valid"

# The command line, from the prefix.
"$prefix/bin/attrition-cli" --version | grep -q "$version" || fail "attrition-cli --version does not say $version"
"$prefix/bin/attrition-cli" assess "$prefix/share/attrition-desk/samples/example-a-cumulative.json" \
    >"$work/assess.txt" || fail "attrition-cli assess on an installed sample"
echo "attrition-cli assess on an installed sample: $(wc -l <"$work/assess.txt") lines"
# A PDF command, from the report module the program finds in ../lib/attrition-desk.
QT_QPA_PLATFORM=offscreen "$prefix/bin/attrition-cli" report \
    "$prefix/share/attrition-desk/samples/example-a-cumulative.json" --pdf "$work/report.pdf" ||
    fail "attrition-cli report on an installed sample (the report module)"
[ -s "$work/report.pdf" ] || fail "attrition-cli report wrote no PDF"
echo "attrition-cli report on an installed sample: $(wc -c <"$work/report.pdf") bytes of PDF"

# The first start of the installed desktop application stores the installed samples (and generated
# contracts) in a new database. Only two samples are left in the prefix, so that a database made from the
# source tree's samples would show.
find "$prefix/share/attrition-desk/samples" -name '*.json' ! -name 'example-a-cumulative.json' \
    ! -name 'example-e-cancellation.json' -delete
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
unset XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
ATTRITION_STARTUP_TIME=quit timeout 120 "$prefix/bin/attrition-desk" 2>"$work/desk.log" ||
    { cat "$work/desk.log"; fail "the installed attrition-desk did not start"; }
grep "first paint" "$work/desk.log"
"$prefix/bin/attrition-cli" list --json --limit 500 >"$work/list.json" || fail "attrition-cli list"
total=$(sed -n 's/.*"total": *\([0-9]*\).*/\1/p' "$work/list.json" | head -n 1)
generated=300
[ "$total" = $((2 + generated)) ] || fail "the first start stored $total contracts, not 2 samples + $generated"
for sample in "$prefix"/share/attrition-desk/samples/*.json; do
    reference=$(sed -n 's/.*"reference": *"\([^"]*\)".*/\1/p' "$sample" | head -n 1)
    grep -q "\"reference\": \"$reference\"" "$work/list.json" || fail "sample $reference is not in the database"
done
echo "first start: the database holds the 2 installed samples and $generated generated contracts"
echo "install check passed"

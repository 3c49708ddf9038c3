#!/usr/bin/env bash
# Builds the Debian package, installs it on this machine, uses what it installed, and removes it again:
#   1. cpack -G DEB in BUILD_DIR; shows the package's fields and checks its Depends and files;
#   2. apt-get install -y ./attrition-desk_<version>_<arch>.deb;
#   3. /usr/bin/attrition-cli --version, assess and report (the report module) on an installed sample contract;
#   4. /usr/bin/attrition-desk under xvfb-run (1920x1080) with a new HOME: the first start makes the sample
#      database; a screenshot of the screen (ImageMagick's import) is kept in OUT_DIR. Where the machine
#      allows it (root, unshare), the source tree's resources/ folder is hidden meanwhile, so that only the
#      installed sample contracts can be found;
#   5. apt-get remove -y attrition-desk, and checks nothing is left in /usr/bin.
#
#   sudo bash tests/packaging/check-deb.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR defaults to build/release (built whole: cmake --build --preset release), OUT_DIR to
# BUILD_DIR/package-check. Needs root (apt-get), xvfb-run, and for the screenshot imagemagick.
# Leaves an attrition-desk that was installed before it alone: it refuses to run then.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-$src/build/release}")
out=$(realpath -m "${2:-$build/package-check}")
mkdir -p "$out"

fail() {
    echo "FAILED: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || fail "run as root (apt-get install)"
if dpkg-query -W -f='${Status}' attrition-desk 2>/dev/null | grep -q 'install ok installed'; then
    fail "attrition-desk is installed already; remove it first (apt-get remove attrition-desk)"
fi
for tool in cpack xvfb-run dpkg-deb; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

# 1. The package.
(cd "$build" && cpack -G DEB) >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack -G DEB"; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb=$(ls "$build"/attrition-desk_"$version"_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Maintainer Section Priority Installed-Size Depends
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6printsupport6 \
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins; do
    grep -q "\b$needed\b" <<<"$depends" || fail "Depends does not name $needed"
done
dpkg-deb --contents "$deb" | awk '{print $6}' >"$out/contents.txt"
for f in ./usr/bin/attrition-desk ./usr/bin/attrition-cli ./usr/lib/attrition-desk/attrition-cli-reports.so \
    ./usr/share/applications/io.github.attritiondesk.AttritionDesk.desktop \
    ./usr/share/metainfo/io.github.attritiondesk.AttritionDesk.metainfo.xml \
    ./usr/share/icons/hicolor/256x256/apps/io.github.attritiondesk.AttritionDesk.png \
    ./usr/share/icons/hicolor/scalable/apps/io.github.attritiondesk.AttritionDesk.svg \
    ./usr/share/attrition-desk/samples/example-a-cumulative.json; do
    grep -qx "$f" "$out/contents.txt" || fail "the package does not hold $f"
done
echo "package contents: $(grep -c '[^/]$' "$out/contents.txt") files"

# 2. Install it (apt-get brings in what Depends names).
cp "$deb" /tmp/
local_deb=/tmp/$(basename "$deb")
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q attrition-desk >/dev/null 2>&1 || true
    fi
    rm -f "$local_deb"
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$local_deb" >"$out/apt-install.log" 2>&1 ||
    { cat "$out/apt-install.log"; fail "apt-get install"; }
installed=1
echo "installed: $(dpkg-query -W -f='${Package} ${Version} ${Status}' attrition-desk)"

# 3. The command line.
[ "$(command -v attrition-cli)" = /usr/bin/attrition-cli ] || fail "attrition-cli is not /usr/bin/attrition-cli"
/usr/bin/attrition-cli --version
/usr/bin/attrition-cli assess /usr/share/attrition-desk/samples/example-a-night-by-night.json >"$out/assess.txt" ||
    fail "attrition-cli assess on an installed sample"
echo "assess on an installed sample: $(wc -l <"$out/assess.txt") lines, ending:"
tail -n 3 "$out/assess.txt"
QT_QPA_PLATFORM=offscreen /usr/bin/attrition-cli report /usr/share/attrition-desk/samples/example-a-night-by-night.json \
    --pdf "$out/report.pdf" || fail "attrition-cli report (the report module in /usr/lib/attrition-desk)"
[ -s "$out/report.pdf" ] || fail "attrition-cli report wrote no PDF"

# 4. The desktop application: first start, a screenshot.
home=$(mktemp -d /tmp/attrition-deb-home.XXXXXX)
cat >"$home/run.sh" <<'INNER'
#!/usr/bin/env bash
# Runs inside xvfb-run: starts the installed program, waits for its first painted frame, takes a screenshot.
set -u
out=$1
ATTRITION_STARTUP_TIME=1 /usr/bin/attrition-desk 2>"$out/desk.log" &
pid=$!
for _ in $(seq 1 600); do
    grep -q "first paint" "$out/desk.log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
sleep 1.5 # the contract list fills its exposure column between frames
if command -v import >/dev/null 2>&1; then
    import -window root "$out/attrition-desk-installed.png"
fi
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
grep -q "first paint" "$out/desk.log"
INNER
run_desk=(env -u XDG_DATA_HOME -u XDG_CONFIG_HOME HOME="$home" XDG_RUNTIME_DIR="$home/runtime"
    xvfb-run -a -s "-screen 0 1920x1080x24" bash "$home/run.sh" "$out")
mkdir -p "$home/runtime"
chmod 700 "$home/runtime"
if command -v unshare >/dev/null && unshare --mount --propagation private true 2>/dev/null; then
    echo "the source tree's resources/ is hidden while the installed program runs"
    unshare --mount --propagation private bash -c 'mount -t tmpfs tmpfs "$0/resources" && exec "$@"' \
        "$src" "${run_desk[@]}" || { cat "$out/desk.log"; fail "/usr/bin/attrition-desk did not paint"; }
else
    "${run_desk[@]}" || { cat "$out/desk.log"; fail "/usr/bin/attrition-desk did not paint"; }
fi
cat "$out/desk.log"
database="$home/.local/share/Attrition Desk/Attrition Desk/contracts.sqlite"
[ -f "$database" ] || fail "the first start made no database at $database"
HOME=$home /usr/bin/attrition-cli list --json --limit 1 >"$out/list.json"
total=$(sed -n 's/.*"total": *\([0-9]*\).*/\1/p' "$out/list.json" | head -n 1)
samples=$(find /usr/share/attrition-desk/samples -name '*.json' | wc -l)
echo "first start: $database holds $total contracts ($samples installed samples + 300 generated)"
[ "$total" = $((samples + 300)) ] || fail "expected $((samples + 300)) contracts"
if [ -f "$out/attrition-desk-installed.png" ]; then
    echo "screenshot: $out/attrition-desk-installed.png"
fi
rm -rf "$home"

# 5. Remove it.
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q attrition-desk >"$out/apt-remove.log" 2>&1 ||
    { cat "$out/apt-remove.log"; fail "apt-get remove"; }
installed=0
[ ! -e /usr/bin/attrition-desk ] && [ ! -e /usr/bin/attrition-cli ] || fail "files left in /usr/bin after removal"
[ ! -e /usr/share/attrition-desk ] || fail "/usr/share/attrition-desk left after removal"
[ ! -e /usr/lib/attrition-desk ] || fail "/usr/lib/attrition-desk left after removal"
echo "removed: attrition-desk"
echo "package check passed"

#!/usr/bin/env bash
# Validates the desktop file with desktop-file-validate (desktop-file-utils) and the AppStream metadata with
# appstreamcli validate --no-net (appstream). Fails on any error; warnings and hints are printed.
# Exits 77 (a skipped test) when neither validator is installed.
#
#   bash tests/packaging/validate-metadata.sh DESKTOP_FILE METAINFO_FILE
set -uo pipefail

desktop=$1
metainfo=$2
ran=0
failed=0

if command -v desktop-file-validate >/dev/null 2>&1; then
    ran=1
    echo "desktop-file-validate $desktop"
    if ! desktop-file-validate "$desktop"; then
        echo "FAILED: desktop-file-validate found errors in $desktop" >&2
        failed=1
    fi
else
    echo "desktop-file-validate is not installed (package desktop-file-utils): the desktop file is not validated"
fi

if command -v appstreamcli >/dev/null 2>&1; then
    ran=1
    echo "appstreamcli validate --no-net $metainfo"
    # --no-net: the screenshot and home page addresses are not fetched. Exit status 3 means errors (or, in
    # pedantic mode, warnings); any non-zero status fails.
    if ! appstreamcli validate --no-net --explain "$metainfo"; then
        echo "FAILED: appstreamcli found problems in $metainfo" >&2
        failed=1
    fi
else
    echo "appstreamcli is not installed (package appstream): the AppStream metadata is not validated"
fi

if [ "$ran" -eq 0 ]; then
    exit 77
fi
exit "$failed"

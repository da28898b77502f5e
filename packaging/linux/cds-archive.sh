#!/usr/bin/env bash
# Builds the class-data archive (AppCDS) of the Linux app image, which its launcher maps at every
# start (-XX:SharedArchiveFile=$APPDIR/upskill-planner.jsa in app-image.args): training runs of
# the command line through the image's own launcher record the classes they load, then one more
# launch dumps them, parsed and verified, into the archive (docs/decisions/0022).
# Usage: packaging/linux/cds-archive.sh target/installer/upskill-planner
set -euo pipefail
image=${1:?the app image folder}
launcher="$image/bin/upskill-planner"
archive="$image/lib/app/upskill-planner.jsa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"

train() {
    local name=$1
    shift
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$name.classlist" "$launcher" --data-dir "$data" "$@" \
        >"$work/$name.out" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
}

rm -f "$archive"
train first profiles                       # creates, migrates and seeds the database
train profiles profiles
train profiles-json profiles --json
profile="Maya Lindqvist"
train goals goals --profile "$profile" --json
goal=$(grep -o '"title" *: *"[^"]*"' "$work/goals.out" | head -1 | sed 's/.*: *"\(.*\)"/\1/')
train compare compare --profile "$profile" --goal "$goal" --json
train pdf export pdf --profile "$profile" --out "$work/report.pdf"
train catalog catalog --search "cloud" --json
train version --version

# One list of each distinct line: -Xshare:dump crashes on the same lambda listed twice.
awk '!seen[$0]++' "$work"/*.classlist >"$work/all.classlist"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$work/all.classlist" "$launcher" >"$work/dump.out" 2>&1 \
    || { tail -20 "$work/dump.out" >&2; exit 1; }
test -s "$archive" || { echo "No class-data archive was written to $archive" >&2; tail -20 "$work/dump.out" >&2; exit 1; }
echo "Class-data archive: $archive ($(du -h "$archive" | cut -f1), $(wc -l <"$work/all.classlist") classes listed)"

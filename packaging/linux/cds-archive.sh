#!/usr/bin/env bash
# The class-data archive (AppCDS) of the Linux app image, which its launcher maps at every start
# (-XX:SharedArchiveFile=$APPDIR/upskill-planner.jsa in app-image.args), in two steps
# (docs/decisions/0022):
#   list IMAGE   training runs of the command line through the image's own launcher record the
#                classes they load into lib/app/upskill-planner.classlist, which ships in the image;
#   dump IMAGE   one more launch dumps those classes, parsed and verified, into the archive.
# An archive only works at the path it was dumped at (Java 17 compares the class path), so the
# .deb ships the list and its postinst dumps the archive where the package put the app; -Pinstaller
# makes the .deb between the two steps, then dumps the archive of the image under target/.
set -euo pipefail
mode=${1:?list or dump}
image=${2:?the app image folder}
launcher="$image/bin/upskill-planner"
archive="$image/lib/app/upskill-planner.jsa"
list="$image/lib/app/upskill-planner.classlist"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"

train() {
    local name=$1
    shift
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$name.classlist" "$launcher" --data-dir "$data" "$@" \
        >"$work/$name.out" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
}

case "$mode" in
    list)
        rm -f "$archive" "$list"
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
        awk '!seen[$0]++' "$work"/*.classlist >"$list"
        echo "Class list: $list ($(wc -l <"$list") classes)"
        ;;
    dump)
        # The same command as the .deb's postinst.
        JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$launcher" >"$work/dump.out" 2>&1 \
            || { tail -20 "$work/dump.out" >&2; exit 1; }
        test -s "$archive" || { echo "No class-data archive was written to $archive" >&2; tail -20 "$work/dump.out" >&2; exit 1; }
        echo "Class-data archive: $archive ($(du -h "$archive" | cut -f1))"
        ;;
    *)
        echo "Usage: $0 list|dump IMAGE" >&2
        exit 2
        ;;
esac

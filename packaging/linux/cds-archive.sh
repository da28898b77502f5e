#!/usr/bin/env bash
# The class-data archive (AppCDS) of the Linux app image, which its launcher maps at every start
# (-XX:SharedArchiveFile=$APPDIR/upskill-planner.jsa in app-image.args), in two steps
# (docs/decisions/0022):
#   list IMAGE [PROBE_CLASSES]
#                training runs of the command line through the image's own launcher record the
#                classes they load into lib/app/upskill-planner.classlist, which ships in the image;
#                with the test classes' folder and an X server (xvfb-run), one start of the desktop
#                window on the image's runtime, up to the demo profiles on screen
#                (io.upskillplanner.ui.FirstFrameProbe), adds the window's classes;
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

# The window's start, from the first frame to the demo profiles on screen: JavaFX and the screens
# are most of what a desktop start loads. The probe exits when the profiles are showing. It runs
# alone on the image's class path (the test classes' logback-test.xml would change what logging
# loads), on a display of its own; without the probe or xvfb-run the archive serves the command
# line only, and the window starts without it as before.
train_window() {
    local tests=$1
    if [ -z "$tests" ] || [ ! -f "$tests/io/upskillplanner/ui/FirstFrameProbe.class" ]; then
        echo "Class list: no window training (no compiled io.upskillplanner.ui.FirstFrameProbe)"
        return
    fi
    if ! command -v xvfb-run >/dev/null; then
        echo "Class list: no window training (xvfb-run is not installed)"
        return
    fi
    mkdir -p "$work/probe/io/upskillplanner/ui"
    cp "$tests"/io/upskillplanner/ui/FirstFrameProbe*.class "$work/probe/io/upskillplanner/ui/"
    local classpath
    classpath=$(sed -n 's/^app\.classpath=//p' "$image/lib/app/upskill-planner.cfg")
    classpath=${classpath//\$APPDIR/$image/lib/app}
    if ! timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$image/lib/runtime/bin/java" \
            "-XX:DumpLoadedClassList=$work/window.classlist" -cp "$classpath:$work/probe" \
            io.upskillplanner.ui.FirstFrameProbe app "$data" >"$work/window.out" 2>"$work/window.err" \
            || ! grep -q '^DATA_READY_MS=' "$work/window.out"; then
        cat "$work/window.out" "$work/window.err" >&2
        echo "The window's training start did not show the demo profiles" >&2
        exit 1
    fi
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
        train_window "${3:-}"
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

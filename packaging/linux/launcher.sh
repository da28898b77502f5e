#!/usr/bin/env bash
# The launcher of the Linux app image and the .deb, bin/upskill-planner (-Pinstaller puts it in
# place of jpackage's native one; docs/decisions/0022). It starts the image's own Java runtime with
# what the image's .cfg says, as the native launcher does, but without first asking rpm and dpkg
# which package it belongs to: the native launcher does that on every start ("rpm -qf", "dpkg -S",
# then "dpkg -L"), which cost 0.4-0.5 s of a 0.8 s `--version` on the build machine.
set -u
self=$(readlink -f "${BASH_SOURCE[0]}") || exit 1
image=${self%/bin/*}
app=$image/lib/app
options=()
main=
classpath=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        java-options=*) value=${line#java-options=}; options+=("${value//\$APPDIR/$app}") ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        app.classpath=*) value=${line#app.classpath=}; classpath=${value//\$APPDIR/$app} ;;
    esac
done <"$app/upskill-planner.cfg" || exit 1
if [ $# -eq 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; }; then
    # The app answers a lone --version before it loads anything of its own (Main): mapping the
    # app's class-data archive would cost it more than it saves; the runtime's own archive serves.
    kept=()
    for option in "${options[@]}"; do
        case $option in
            -XX:SharedArchiveFile=*) ;;
            *) kept+=("$option") ;;
        esac
    done
    options=("${kept[@]}")
fi
exec "$image/lib/runtime/bin/java" "${options[@]}" "-Djpackage.app-path=$self" -cp "$classpath" "$main" "$@"

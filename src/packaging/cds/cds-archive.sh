#!/bin/sh
# Builds the class-data sharing archive of an installed app: the classes the app loads until its first results
# (startup-classes.txt, recorded from a real start by .ci/cds-classlist), parsed and laid out once, here, so
# every start maps them instead of loading them from the jar. Java 17 ties an archive to the jar's absolute
# path, so it is made where the app is installed: by the package's postinst, or by .ci/installer-check in its
# unpacked root. The launcher's -XX:SharedArchiveFile=$APPDIR/sandbox.jsa uses it; without it the app starts
# the same, only slower (the JVM falls back silently).
#   cds-archive.sh APP_ROOT     (APP_ROOT holds bin/ and lib/, e.g. /opt/tuoyu-sandbox)
set -u
root=$(cd "${1:?usage: cds-archive.sh APP_ROOT}" && pwd -P) || exit 1
app="$root/lib/app"
rm -f "$app/sandbox.jsa"
"$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/startup-classes.txt" \
    -XX:SharedArchiveFile="$app/sandbox.jsa" -Djava.class.path="$app/sandbox.jar" -Xlog:cds=off -Xlog:cds+dynamic=off \
    > /dev/null 2>&1
status=$?
[ -f "$app/sandbox.jsa" ] && chmod 0644 "$app/sandbox.jsa"
exit $status

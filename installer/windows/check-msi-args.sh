#!/usr/bin/env bash
# The dry part of the Windows build, runnable on Linux: checks the .msi argument files and prints the command.
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "check-msi-args: $*" >&2; exit 1; }
for f in installer/args-common.txt installer/windows/args.txt installer/sochibo-cli.properties installer/icons/sochibo.ico; do
  [ -f "$f" ] || fail "missing $f"
done
uuid=$(grep -- '--win-upgrade-uuid' installer/windows/args.txt | awk '{print $2}' || true)
[[ "$uuid" =~ ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$ ]] || fail "bad upgrade UUID '$uuid'"
# The upgrade code must never change: Windows installs a new version over an older one (keeping %APPDATA%\SoChiBo)
# only when both carry the same one. Changing it here without changing this line fails the check on purpose.
[ "$uuid" = "6d3f7c2e-5a1b-4c8e-9f2a-3b7d1e5c9a40" ] || fail "the upgrade UUID changed ($uuid): older installs would not be upgraded"
# The version: from dist.version in pom.xml (numeric, as Windows Installer wants), in step with the project version,
# and never fixed in the argument files.
grep -q -- '--app-version' installer/args-common.txt installer/windows/args.txt && fail "--app-version belongs to pom.xml (dist.version)"
dist=$(sed -n 's:.*<dist.version>\(.*\)</dist.version>.*:\1:p' pom.xml)
project=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
[[ "$dist" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "dist.version '$dist' is not MAJOR.MINOR.BUILD"
[ "${project%-SNAPSHOT}" = "$dist" ] || fail "dist.version $dist is not the project version $project"
dist_profile() { awk '/<id>dist<\/id>/,/<\/profile>/' pom.xml; }
dist_profile | grep -q '<arg value="${dist.version}"/>' || fail "the dist profile does not pass dist.version to jpackage"
# on Windows the dist profile builds an .msi from installer/windows/args.txt
dist_profile | grep -q 'property="dist.type" value="msi" else="deb"><os family="windows"/>' \
    || fail "the dist profile does not build an .msi on Windows"
dist_profile | grep -q 'property="dist.args" value="installer/windows/args.txt" else="installer/linux/args.txt"><os family="windows"/>' \
    || fail "the dist profile does not use installer/windows/args.txt on Windows"
# the installed app makes its start-up archive from the class list shipped in the .msi (see CdsArchive)
dist_profile | grep -q 'installer/cds-classlist.xml' || fail "the dist profile does not ship the start-up class list"
for opt in --win-per-user-install --win-menu --win-shortcut; do
  grep -q -- "$opt" installer/windows/args.txt || fail "installer/windows/args.txt lacks $opt"
done
grep -q -- '--add-launcher sochibo=installer/sochibo-cli.properties' installer/args-common.txt || fail "no command-line launcher"
grep -q '^win-console=true' installer/sochibo-cli.properties || fail "the command line must be a console launcher"
echo "OK. On Windows run: mvnw.cmd -Pdist -DskipTests package"
echo "    (= jpackage @installer/args-common.txt @installer/windows/args.txt --type msi --app-version <dist.version> --dest target\\dist)"

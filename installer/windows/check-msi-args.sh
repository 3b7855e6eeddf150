#!/usr/bin/env bash
# The dry part of the Windows build, runnable on Linux: checks the .msi argument files and prints the command.
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "check-msi-args: $*" >&2; exit 1; }
for f in installer/args-common.txt installer/windows/args.txt installer/sochibo-cli.properties installer/icons/sochibo.ico; do
  [ -f "$f" ] || fail "missing $f"
done
uuid=$(grep -- '--win-upgrade-uuid' installer/windows/args.txt | awk '{print $2}')
[[ "$uuid" =~ ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$ ]] || fail "bad upgrade UUID '$uuid'"
for opt in --win-per-user-install --win-menu --win-shortcut; do
  grep -q -- "$opt" installer/windows/args.txt || fail "installer/windows/args.txt lacks $opt"
done
grep -q -- '--add-launcher sochibo=installer/sochibo-cli.properties' installer/args-common.txt || fail "no command-line launcher"
grep -q '^win-console=true' installer/sochibo-cli.properties || fail "the command line must be a console launcher"
echo "OK. On Windows run: mvnw.cmd -Pwindows-msi -DskipTests package"
echo "    (= jpackage @installer/args-common.txt @installer/windows/args.txt --type msi --app-version <dist.version> --dest target\\dist)"

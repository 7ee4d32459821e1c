#!/bin/sh
# The macOS disk image of Desk: dist/Desk.app (built by PyInstaller from packaging/desk.spec)
# next to a link to /Applications, compressed into dist/Desk-<version>.dmg.
# packaging/build.py runs it on a Mac; by hand: sh packaging/macos/make_dmg.sh 0.1.0
set -eu
version="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
stage="$root/build/dmg"
rm -rf "$stage"
mkdir -p "$stage"
# ditto keeps the bundle's symbolic links, extended attributes and code signatures intact
ditto "$root/dist/Desk.app" "$stage/Desk.app"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Desk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov \
    "$root/dist/Desk-$version.dmg"
rm -rf "$stage"

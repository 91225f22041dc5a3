#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from BUILD_DIR (packaging/debian/build-deb.sh) and checks it with Debian's and
# freedesktop.org's validators. Usage: check-package.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -euo pipefail
build="$1" source="$2" version="$3" app_id="$4"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
for tool in lintian desktop-file-validate appstreamcli xmllint dpkg-deb man; do
    command -v "$tool" >/dev/null || fail "$tool is missing: packaging/debian/setup.sh installs it"
done

echo "== one version: CMake's, in both programs, the package and the metainfo"
[ "$("$build/bin/keyhaven-cli" --version)" = "keyhaven-cli $version" ] || fail "keyhaven-cli --version"
[ "$(QT_QPA_PLATFORM=offscreen "$build/bin/keyhaven" --version)" = "keyhaven $version" ] || fail "keyhaven --version"

deb=$("$source/packaging/debian/build-deb.sh" "$build")
echo "$deb"
[ "$(basename "$deb")" = "keyhaven_${version}_$(dpkg --print-architecture).deb" ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "Depends computed from the binaries"

echo "== lintian"
lintian --fail-on error "$deb" 2>&1 | tee "$work/lintian" || fail "lintian errors"
for tag in $(awk '/^W: /{print $3}' "$work/lintian" | sort -u); do
    grep -q -- "$tag" "$source/packaging/debian/README.md" || fail "lintian warning $tag is not explained in packaging/debian/README.md"
done

echo "== the installed files"
dpkg-deb -x "$deb" "$work/root"
share="$work/root/usr/share"
for file in usr/bin/keyhaven usr/bin/keyhaven-cli usr/libexec/keyhaven/keyhaven-metadata-helper \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "usr/share/icons/hicolor/128x128/apps/$app_id.png" \
    "usr/share/icons/hicolor/64x64/apps/$app_id.png" "usr/share/icons/hicolor/32x32/apps/$app_id.png" \
    usr/share/man/man1/keyhaven.1.gz usr/share/man/man1/keyhaven-cli.1.gz \
    usr/share/bash-completion/completions/keyhaven-cli usr/share/bash-completion/completions/keyhaven \
    "usr/share/polkit-1/actions/$app_id.policy" usr/share/doc/keyhaven/copyright usr/share/doc/keyhaven/changelog.gz; do
    [ -f "$work/root/$file" ] || fail "missing /$file"
done

echo "== desktop-file-validate"
desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop-file-validate"
for lang in ja nb; do
    grep -q "^Keywords\[$lang\]=" "$share/applications/$app_id.desktop" || fail "no $lang keywords"
done

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$share/metainfo/$app_id.metainfo.xml" || fail "NEWS' $version not in <releases>"

echo "== polkit action against polkit's DTD"
xmllint --noout --dtdvalid /usr/share/polkit-1/policyconfig-1.dtd "$share/polkit-1/actions/$app_id.policy" \
    || fail "polkit action"
grep -q "<allow_active>auth_admin_keep</allow_active>" "$share/polkit-1/actions/$app_id.policy" || fail "auth_admin_keep"
grep -q "/usr/libexec/keyhaven/keyhaven-metadata-helper" "$share/polkit-1/actions/$app_id.policy" || fail "exec.path"

echo "== man pages: they render without warnings and carry every command's --help"
for page in keyhaven keyhaven-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $page: $warnings"
done
for command in $("$build/bin/keyhaven-cli" --lang en --help | sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p'); do
    zcat "$share/man/man1/keyhaven-cli.1.gz" | grep -q "^\.SS $command$" || fail "keyhaven-cli(1) lacks $command"
done

echo "== bash completion"
bash -n "$share/bash-completion/completions/keyhaven-cli" || fail "bash completion syntax"
echo "all package checks passed"

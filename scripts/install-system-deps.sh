#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Tosei Desk needs. Idempotent: installs only what is missing.
#   --runtime : Qt system libraries, audio, Japanese fonts (what the app needs to start)
#   --test    : runtime + what the tests use (Xvfb, espeak-ng, sox, LibreOffice, gnome-keyring, rclone, ...)
set -euo pipefail
mode=${1:---runtime}
# runtime: what Qt (PySide6 wheels: xcb/wayland platforms, OpenGL, D-Bus, fonts, Kerberos for QtNetwork) and
# Qt Multimedia (PulseAudio) load from the system, measured with ldd over the bundle's libraries and mapped to
# packages with dpkg -S (libglib2.0-0 was missing before: CI only had it through gnome-keyring).
runtime=(libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0
         libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0
         libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
         libxkbcommon0 libxkbcommon-x11-0 libxext6 libxrender1 libxrandr2 libegl1 libgl1 libdrm2
         libwayland-client0 libwayland-cursor0 libwayland-egl1 libgssapi-krb5-2 libpulse0
         fonts-ipaexfont-gothic fonts-ipaexfont-mincho python3-venv)
testing=(xvfb x11-apps netpbm espeak-ng sox libsox-fmt-mp3 gnome-keyring dbus libsecret-1-0
         libreoffice-writer-nogui poppler-utils rclone pulseaudio pulseaudio-utils openssl
         apache2 nginx libnginx-mod-http-dav-ext postfix dovecot-core
         nsis binutils gcc file)  # nsis: the Windows installer definition; binutils (strip, nm, readelf) and
                                  # gcc (encoder stubs): scripts/prune_bundle.py
# value fonts of the forms evaluation set (tests/services/forms/test_eval_trust.py)
testing+=(fonts-takao-gothic fonts-vlgothic fonts-noto-cjk)
pkgs=("${runtime[@]}")
[ "$mode" = "--test" ] && pkgs+=("${testing[@]}")
# Node.js (>= 20.18) runs the test OpenID Connect provider. Machines often carry it from NodeSource (its nodejs
# package includes npm and conflicts with Debian's npm), so Debian's packages are added only when node is missing.
if [ "$mode" = "--test" ] && ! command -v node >/dev/null; then pkgs+=(nodejs npm); fi
command -v dpkg-query >/dev/null || { echo "install-system-deps: not a Debian-like system; install the equivalents of: ${pkgs[*]}" >&2; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-system-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
if [[ " ${missing[*]} " == *" postfix "* ]]; then   # a local-only MTA; the tests run their own instance
  echo "postfix postfix/main_mailer_type select Local only" | $sudo debconf-set-selections
  echo "postfix postfix/mailname string localhost" | $sudo debconf-set-selections
fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

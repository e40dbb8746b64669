#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Tosei Desk needs. Idempotent: installs only what is missing.
#   --runtime : Qt system libraries, audio, Japanese fonts (what the app needs to start)
#   --test    : runtime + what the tests use (Xvfb, espeak-ng, sox, LibreOffice, gnome-keyring, rclone, ...)
set -euo pipefail
mode=${1:---runtime}
runtime=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0
         libxcb-render-util0 libxcb-image0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libpulse0
         fonts-ipaexfont-gothic fonts-ipaexfont-mincho python3-venv)
testing=(xvfb x11-apps netpbm espeak-ng sox libsox-fmt-mp3 gnome-keyring dbus libsecret-1-0
         libreoffice-writer-nogui poppler-utils rclone pulseaudio pulseaudio-utils openssl
         apache2 nginx libnginx-mod-http-dav-ext postfix dovecot-core)
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

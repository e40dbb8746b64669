#!/usr/bin/env bash
# Install the built .deb on this machine (root), run the installed `tosei-desk-cli self-test --deep`, check the
# conffile policy survives `dpkg -r`, then purge. CI runs this after scripts/build.sh (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(ls -t dist/tosei-desk_*.deb | head -1)
[ "$(id -u)" -eq 0 ] || { echo "test_deb: needs root (dpkg -i)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' tosei-desk 2>/dev/null | grep -q "install ok installed"; then
  echo "test_deb: tosei-desk is already installed on this machine; not touching it" >&2; exit 1
fi
had_policy=0; [ -e /etc/tosei-desk/policy.toml ] && had_policy=1
dpkg -i "$deb" >/dev/null
cleanup() { dpkg -P tosei-desk >/dev/null 2>&1 || true; }
trap cleanup EXIT
dpkg-query -W -f='test_deb: installed ${Package} ${Version} (${Installed-Size} KB)\n' tosei-desk
for f in /usr/bin/tosei-desk /usr/bin/tosei-desk-cli /opt/tosei-desk/tosei-desk /usr/share/applications/tosei-desk.desktop \
         /etc/tosei-desk/policy.toml; do
  [ -e "$f" ] || { echo "test_deb: $f missing after install" >&2; exit 1; }
done
grep -qx /etc/tosei-desk/policy.toml /var/lib/dpkg/info/tosei-desk.conffiles
sandbox=$(mktemp -d)
mkdir -p "$sandbox/run"; chmod 700 "$sandbox/run"
env -u DBUS_SESSION_BUS_ADDRESS -u TOSEI_DESK_POLICY TOSEI_DESK_HOME="$sandbox/home" QT_QPA_PLATFORM=offscreen \
  HOME="$sandbox" XDG_RUNTIME_DIR="$sandbox/run" PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring \
  dbus-run-session -- bash -c 'echo -n ci-pass | gnome-keyring-daemon --unlock --components=secrets --daemonize \
    >/dev/null 2>&1; tosei-desk-cli self-test --deep' | tee "$sandbox/selftest.txt"
grep -q "^\[OK  \] admin policy .*/etc/tosei-desk/policy.toml" "$sandbox/selftest.txt"
grep -q "^\[OK  \] ui: the main window switches to English" "$sandbox/selftest.txt"
rm -rf "$sandbox"
echo "# edited by IT" >> /etc/tosei-desk/policy.toml
dpkg -r tosei-desk >/dev/null
[ ! -e /opt/tosei-desk/tosei-desk ] || { echo "test_deb: files left after dpkg -r" >&2; exit 1; }
grep -q "edited by IT" /etc/tosei-desk/policy.toml || { echo "test_deb: policy not kept on remove" >&2; exit 1; }
dpkg -P tosei-desk >/dev/null
if [ "$had_policy" = 0 ] && [ -e /etc/tosei-desk/policy.toml ]; then
  echo "test_deb: policy left after purge" >&2; exit 1
fi
trap - EXIT
echo "test_deb: install, installed self-test --deep, remove (policy kept), purge: ok"

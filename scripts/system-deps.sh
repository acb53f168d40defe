#!/usr/bin/env bash
# Installs the system packages retrocoach needs on Debian/Ubuntu (as root), or prints the
# exact command to run when it cannot. Never fails the build: the app itself explains what
# is missing at run time (`retrocoach check`).
#   Qt's xcb platform: libxcb-icccm4 and libxcb-keysyms1 are the ones a stock Debian image
#   lacks (Qt's error wrongly blames libxcb-cursor0; QT_DEBUG_PLUGINS=1 shows the truth).
#   Voice: espeak-ng (pyttsx3's engine) and flite (the clearer voice Auto picks). Tests: xvfb + xauth (a real X server), pulseaudio (a null sink as the
#   audio device; the ducking tests start a private one) and pulseaudio-utils (pactl; parec
#   and paplay record and click for benchmarks/session_audio.py and play the ducked "music"
#   of tests/desktop/test_ducking_live.py), sox (measures rendered speech), imagemagick (screenshots).
#   Desktop services: dbus-daemon + dbus-bin (dbus-run-session, dbus-send, dbus-monitor: a
#   private session bus for the MPRIS and screen-saver tests), playerctl (an MPRIS client
#   that checks the D-Bus types), desktop-file-utils and appstream (validate the .desktop
#   entry and the metainfo), libglib2.0-bin (gio: launches the installed entry).
set -u
PACKAGES=(
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core libpulse0
  espeak-ng flite xvfb xauth pulseaudio pulseaudio-utils sox imagemagick
  dbus-daemon dbus-bin playerctl desktop-file-utils appstream libglib2.0-bin
)
command -v dpkg-query >/dev/null 2>&1 || {
  echo "system-deps: not a Debian/Ubuntu system; install Qt's X11 libraries, espeak-ng, flite," \
       "Xvfb and PulseAudio with your package manager."
  exit 0
}
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]})) || exit 0
cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing system packages. Run:"
  echo "  sudo apt-get update && sudo $cmd"
  exit 0
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && $cmd -qq; } >/tmp/retrocoach-apt.log 2>&1; then
  echo "system-deps: apt-get failed (log: /tmp/retrocoach-apt.log). Run:"
  echo "  apt-get update && $cmd"
fi
exit 0

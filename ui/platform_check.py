"""Before the window opens: can Qt's platform plugin start on this machine?

On Linux, Qt draws through its `xcb` plugin, which needs a few system libraries that a fresh
Debian or Ubuntu desktop does not always have (libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0).
Without them Qt aborts with "Could not load the Qt platform plugin". `problem()` tries those
libraries first (a few milliseconds: Qt loads them anyway) and returns a message in the system's
language that names the packages to install, or that there is no display at all. Windows and
macOS need nothing: PySide6 brings all it uses.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTranslator

from assistant.texts import LANGUAGES

from .i18n import qm_path

CONTEXT = "PlatformCheck"

# The shared libraries PySide6's xcb plugin (Qt/plugins/platforms/libqxcb.so and
# Qt/lib/libQt6XcbQpa.so.6) links, by soname, with the Debian/Ubuntu package that brings each
# (`ldd`, then `dpkg -S`). The README's first command installs every package of this list.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}

MISSING_LIBRARIES = QT_TRANSLATE_NOOP(
    "PlatformCheck",
    "The window cannot open: this computer lacks system libraries that the window needs "
    "(%1). Install them, then start the program again:")
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "PlatformCheck",
    "The window cannot open: there is no screen to show it on (the DISPLAY variable is not "
    "set). Start the program from a desktop session.")
COMMANDS_WORK = QT_TRANSLATE_NOOP(
    "PlatformCheck",
    "The commands without a window work as they are: python main.py --help")


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The packages whose libraries the xcb plugin cannot load, in the order of the list."""
    out: list[str] = []
    for soname, package in XCB_LIBRARIES.items():
        if package not in out and not loads(soname):
            out.append(package)
    return out


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def needs_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start its xcb plugin: on Linux, unless another platform is asked for
    (QT_QPA_PLATFORM=offscreen, wayland) or a Wayland session lets Qt use its Wayland plugin."""
    if not platform.startswith("linux"):
        return False
    asked = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def problem(env: Mapping[str, str] | None = None, platform: str = sys.platform,
            loads: Callable[[str], bool] = _loads, lang: str | None = None) -> str:
    """Why the window cannot open here, in plain words and the system's language; "" if it can
    (as far as can be told without starting Qt)."""
    env = os.environ if env is None else env
    if not needs_xcb(env, platform):
        return ""
    missing = missing_packages(loads)
    translate = _translator(lang or system_language())
    if missing:
        return "\n".join([
            translate(MISSING_LIBRARIES).replace("%1", ", ".join(missing)),
            "",
            "    " + install_command(missing),
            "",
            translate(COMMANDS_WORK),
        ])
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return "\n".join([translate(NO_DISPLAY), translate(COMMANDS_WORK)])
    return ""


def system_language() -> str:
    """The system's language if the program speaks it, else English (as ui.i18n, without a
    QApplication)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def _translator(lang: str) -> Callable[[str], str]:
    translator = QTranslator()
    if not translator.load(qm_path(lang)):
        return lambda text: text
    return lambda text: translator.translate(CONTEXT, text) or text

"""A screen reader's view of the program over the AT-SPI bus, for tests/test_atspi.py.

Run by Debian's /usr/bin/python3 (python3-dbus), not by the test's interpreter. It reads commands
on stdin, one a line, and answers each with one line of JSON:
  address           the accessibility bus's address
  register          ask the registry for every object event (as Orca does), so Qt sends them
  dump              every object of the application that is showing: role, name, description,
                    states
The session bus is $DBUS_SESSION_BUS_ADDRESS; the accessibility bus is asked from org.a11y.Bus.
"""

from __future__ import annotations

import json
import sys
import time

import dbus

ACCESSIBLE = "org.a11y.atspi.Accessible"
PROPERTIES = "org.freedesktop.DBus.Properties"
APP_NAME = "permit-assistant"
# AT-SPI state bits (atspi-constants.h)
STATES = {"enabled": 8, "focusable": 11, "focused": 12, "showing": 25, "visible": 30,
          "invalid_entry": 36, "required": 33}
LIMIT = 6000


def has(bits: list[int], state: str) -> bool:
    bit = STATES[state]
    return bool(bits[bit // 32] & (1 << (bit % 32)))


def main() -> None:
    session = dbus.SessionBus()
    address = session.get_object("org.a11y.Bus", "/org/a11y/bus").GetAddress(
        dbus_interface="org.a11y.Bus")
    bus = dbus.bus.BusConnection(str(address))
    for line in sys.stdin:
        command = line.strip()
        if command == "register":
            print(json.dumps(register(bus)), flush=True)
        elif command == "address":
            print(json.dumps({"address": str(address)}), flush=True)
        elif command == "dump":
            print(json.dumps(dump(bus)), flush=True)
        else:
            print(json.dumps({"error": command}), flush=True)


def register(bus: dbus.bus.BusConnection) -> dict:
    """Ask for every object event; the registry may still be starting: tried for a while."""
    error = ""
    for _ in range(40):
        try:
            events = bus.get_object("org.a11y.atspi.Registry", "/org/a11y/atspi/registry")
            try:
                events.RegisterEvent("object:", dbus.Array([], signature="s"), "",
                                     dbus_interface="org.a11y.atspi.Registry")
            except dbus.DBusException as exc:
                if "ServiceUnknown" in str(exc) or "NoReply" in str(exc):
                    raise
                events.RegisterEvent("object:", dbus_interface="org.a11y.atspi.Registry")
            return {"ok": True}
        except dbus.DBusException as exc:
            error = str(exc)
            time.sleep(0.25)
    return {"ok": False, "error": error}


def dump(bus: dbus.bus.BusConnection) -> dict:
    try:  # the registry asked anew each time: the one of the client's start may have gone
        registry = bus.get_object("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
        apps = registry.GetChildren(dbus_interface=ACCESSIBLE)
    except dbus.DBusException as exc:  # the registry still starting: asked again
        return {"objects": [], "error": str(exc)}
    for name, path in apps:
        try:
            app = bus.get_object(name, path)
            if str(app.Get(ACCESSIBLE, "Name", dbus_interface=PROPERTIES)) != APP_NAME:
                continue
        except dbus.DBusException:
            continue  # an application gone that the registry still lists
        return {"objects": walk(bus, name, path)}
    return {"objects": [], "apps": [str(a[0]) for a in apps]}


def walk(bus: dbus.bus.BusConnection, name: str, path: str) -> list[dict]:
    out: list[dict] = []
    todo = [(str(name), str(path), 0)]
    while todo and len(out) < LIMIT:
        where, at, depth = todo.pop(0)
        obj = bus.get_object(where, at)
        try:
            states = [int(s) for s in obj.GetState(dbus_interface=ACCESSIBLE)]
            if depth > 1 and not has(states, "showing"):
                continue  # hidden pages, closed lists
            entry = {
                "role": str(obj.GetRoleName(dbus_interface=ACCESSIBLE)),
                "name": str(obj.Get(ACCESSIBLE, "Name", dbus_interface=PROPERTIES)),
                "description": str(obj.Get(ACCESSIBLE, "Description",
                                           dbus_interface=PROPERTIES)),
                "states": [s for s in STATES if has(states, s)],
                "depth": depth,
            }
            children = obj.GetChildren(dbus_interface=ACCESSIBLE)
        except dbus.DBusException:
            continue  # gone while walking
        out.append(entry)
        todo[0:0] = [(str(c[0]), str(c[1]), depth + 1) for c in children]
    return out


if __name__ == "__main__":
    main()

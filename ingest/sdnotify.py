"""systemd's notify protocol (sd_notify(3)) in a few lines, without a dependency.

``Type=notify``: the daemon says READY=1 once it listens, STOPPING=1 when it drains,
and WATCHDOG=1 every half ``WatchdogSec`` *only while it is healthy*, so systemd
restarts a daemon whose listener or analysis pool is stuck. Outside systemd
(``NOTIFY_SOCKET`` unset) every call is a no-op.
"""

from __future__ import annotations

import os
import socket


def notify(state: str) -> bool:
    """Send one datagram to $NOTIFY_SOCKET; False when there is none or it failed."""
    addr = os.environ.get("NOTIFY_SOCKET", "")
    if not addr or addr[0] not in "/@":
        return False
    if addr[0] == "@":
        addr = "\0" + addr[1:]                 # abstract namespace
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as s:
            s.setblocking(False)
            s.sendto(state.encode(), addr)
    except OSError:
        return False
    return True


def watchdog_interval() -> float | None:
    """Seconds between heartbeats (half of WatchdogSec), or None when no watchdog is asked for."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) <= 0 or (pid and pid != str(os.getpid())):
        return None
    return int(usec) / 2_000_000

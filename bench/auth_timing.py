"""How long a failed SMTP AUTH check takes for an unknown user and for a known user with a wrong
password (issue 12: 2 ms against 360 ms was a user-enumeration oracle). Prints figures; asserts nothing.

    .venv/bin/python bench/auth_timing.py [ROUNDS]

The SMTP side adds ``[smtp] auth_error_sleep_seconds`` to every failure on top of this.
"""

from __future__ import annotations

import statistics
import sys
import time

from ingest.auth import DEFAULT_ITERATIONS, UsersAuthenticator, hash_password


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    auth = UsersAuthenticator({"relay": hash_password("correct horse", iterations=DEFAULT_ITERATIONS)})
    cases = {"unknown user": ("nobody", b"guess"), "known user, wrong password": ("relay", b"guess")}
    times: dict[str, list[float]] = {k: [] for k in cases}
    for n in range(rounds):
        order = list(cases.items())
        for name, (user, password) in order if n % 2 else order[::-1]:   # alternated: the same machine load
            t0 = time.perf_counter()
            assert not auth.check(user, password)
            times[name].append((time.perf_counter() - t0) * 1000)
    print(f"PBKDF2-SHA256 {DEFAULT_ITERATIONS} iterations, {rounds} rounds each")
    for name, ms in times.items():
        print(f"  {name:28s} median {statistics.median(ms):7.1f} ms  min {min(ms):7.1f}  max {max(ms):7.1f}")


if __name__ == "__main__":
    main()

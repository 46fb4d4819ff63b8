"""Roles hold between real OS users: the guardian's socket, SO_PEERCRED and its own [access].

Run as root (CI does): throw-away users and a group are made with ``useradd``/``groupadd``
and removed afterwards, even when a test fails. A dedicated service user runs the real
``breachdesk serve`` and owns the data directory; a dpo, a viewer, a user with no role
(all three in the socket's group) and an outsider (not in it) run the real CLI with
``runuser``. Not root: skipped, with the reason.

Those users must be able to execute Python and import breachdesk, but the test's own
interpreter may live under /root (0700) and the checkout in a 0700 temporary directory.
So a session fixture builds a shared runtime in a world-readable directory: a venv made
from the system's python3 of the same minor version, the installed dependencies linked
(hard links; copied across file systems) and breachdesk itself copied from the source
tree being tested the way pyproject.toml's package list ships it (a package left out of the list
is missing here too).
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import shutil
import signal
import smtplib
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import breachdesk
from breachdesk.demo import crlf, demo_samples

MAILBOX = "breach@example.nhs.uk"
# sample reports the guardian files for the tests: both hold NHS numbers (a reveal shows what masks hide)
SAMPLE_NAMES = ("011-inline-forward-outlook.eml", "017-inline-forward-gmail.eml")
SAMPLES = len(SAMPLE_NAMES)
SKIP_SITE = ("__editable__", "_breachdesk", "breachdesk-", "breachdesk.egg", "__pycache__")


def _why_not() -> str:
    if sys.platform != "linux":
        return "needs Linux (SO_PEERCRED, useradd, runuser)"
    if os.geteuid() != 0:
        return "needs root to create throw-away OS users (CI runs as root)"
    for tool in ("useradd", "userdel", "groupadd", "groupdel", "runuser"):
        if shutil.which(tool) is None:
            return f"needs {tool}"
    if _system_python() is None:
        return f"needs a system python{sys.version_info.major}.{sys.version_info.minor} every user can execute"
    return ""


def _system_python() -> str | None:
    """A python of this minor version outside /root, executable by everyone."""
    ver = f"{sys.version_info.major}.{sys.version_info.minor}"
    for cand in (f"/usr/bin/python{ver}", "/usr/bin/python3", f"/usr/local/bin/python{ver}"):
        p = Path(cand)
        if not p.exists():
            continue
        real = p.resolve()
        if not _world_reachable(real) or not os.stat(real).st_mode & 0o001:
            continue
        out = subprocess.run([str(p), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True)
        if out.stdout.strip() == ver:
            return str(p)
    return None


def _world_reachable(path: Path) -> bool:
    """Every directory above ``path`` lets others through (o+x)."""
    return all(os.stat(d).st_mode & 0o001 for d in path.parents)


pytestmark = [pytest.mark.slow, pytest.mark.skipif(bool(_why_not()), reason=_why_not() or "ok")]


# ------------------------------------------------------------------ the shared runtime


def _link_tree(src: Path, dst: Path) -> None:
    def link(s: str, d: str) -> None:
        try:
            os.link(s, d)
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK):
                raise
            shutil.copy2(s, d)

    shutil.copytree(src, dst, copy_function=link, symlinks=True, dirs_exist_ok=True,
                    ignore=lambda _d, names: [n for n in names if n.startswith(SKIP_SITE)])


def _open_up(root: Path) -> None:
    """Directories 0755 and files readable by all (the runtime holds no secrets)."""
    for d, _dirs, files in os.walk(root):
        os.chmod(d, 0o755)
        for f in files:
            p = os.path.join(d, f)
            if not os.path.islink(p):
                mode = os.stat(p).st_mode
                os.chmod(p, (mode | 0o444) & ~0o022 | (0o111 if mode & 0o100 else 0))


def _install(source: Path, target: Path) -> None:
    """Copy what pyproject.toml's [tool.setuptools] ships, as an install would lay it out.

    Only the listed packages (their own modules, not sub-folders), ``package-dir`` mappings and
    ``package-data``: a package missing from the list is missing here too, and the tests fail.
    """
    import tomllib

    conf = tomllib.loads((source / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapped, data = conf.get("package-dir", {}), conf.get("package-data", {})
    for pkg in conf["packages"]:
        src = source / mapped.get(pkg, pkg.replace(".", "/"))
        dst = target / pkg.replace(".", "/")
        dst.mkdir(parents=True, exist_ok=True)
        for f in src.iterdir():
            if f.is_file() and (f.suffix == ".py" or any(f.match(g) for g in data.get(pkg, []))):
                shutil.copy2(f, dst / f.name)
        (dst / "__init__.py").touch()           # a mapped data folder is a package once installed


@pytest.fixture(scope="session")
def shared_python() -> Iterator[Path]:
    """A python every user can run, importing the breachdesk under test and its dependencies."""
    base = Path(tempfile.mkdtemp(prefix="bd-mu-rt-", dir="/tmp"))
    try:
        os.chmod(base, 0o755)
        subprocess.run([_system_python(), "-m", "venv", "--without-pip", str(base / "venv")], check=True)
        site_dirs = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        for n, d in enumerate(sorted(site_dirs)):
            _link_tree(Path(d), base / f"site{n}")
        _install(Path(breachdesk.__file__).resolve().parents[1], base / "src")
        venv_site = Path(subprocess.run([str(base / "venv" / "bin" / "python"), "-c",
                                         "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                        capture_output=True, text=True, check=True).stdout.strip())
        lines = [str(base / "src")] + [str(base / f"site{n}") for n in range(len(site_dirs))]
        (venv_site / "breachdesk_multiuser.pth").write_text("\n".join(lines) + "\n")
        _open_up(base)
        yield base / "venv" / "bin" / "python"
    finally:
        shutil.rmtree(base, ignore_errors=True)


# ------------------------------------------------------------------ throw-away users


@dataclass
class Users:
    tag: str
    group: str
    svc: str
    dpo: str
    viewer: str
    norole: str
    outsider: str
    made: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def _useradd(name: str, groups: list[str]) -> None:
    cmd = ["useradd", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin",
           "--user-group"]
    if groups:
        cmd += ["--groups", ",".join(groups)]
    subprocess.run([*cmd, name], check=True, capture_output=True)


@pytest.fixture(scope="module")
def users() -> Iterator[Users]:
    tag = secrets.token_hex(3)
    u = Users(tag=tag, group=f"bd{tag}sock", svc=f"bd{tag}svc", dpo=f"bd{tag}dpo", viewer=f"bd{tag}view",
              norole=f"bd{tag}none", outsider=f"bd{tag}out")
    try:
        subprocess.run(["groupadd", u.group], check=True, capture_output=True)
        u.groups.append(u.group)
        for name in (u.svc, u.dpo, u.viewer, u.norole):
            _useradd(name, [u.group])
            u.made.append(name)
        _useradd(u.outsider, [])
        u.made.append(u.outsider)
        yield u
    finally:
        for name in u.made:
            subprocess.run(["userdel", "--force", name], capture_output=True)
        for g in u.groups:
            subprocess.run(["groupdel", g], capture_output=True)


def _uid(name: str) -> tuple[int, int]:
    import pwd

    pw = pwd.getpwnam(name)
    return pw.pw_uid, pw.pw_gid


# ------------------------------------------------------------------ the guardian


@dataclass
class Site:
    root: Path
    python: Path
    users: Users
    config: Path
    data: Path
    socket: Path
    proc: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    refs: list[str] = field(default_factory=list)

    def cli(self, user: str, *args: str, env: dict[str, str] | None = None,
            config: Path | None = None) -> subprocess.CompletedProcess[str]:
        """``breachdesk --config CONFIG ARGS`` as ``user`` (runuser), with a clean environment."""
        base = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8",
                "USER": user, "LOGNAME": user}
        base.update(env or {})
        cmd = ["runuser", "-u", user, "--", "env", "-i", *[f"{k}={v}" for k, v in base.items()],
               str(self.python), "-P", "-m", "breachdesk", "--config", str(config or self.config), *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=self.root)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(90)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    def audit(self) -> list[dict]:
        """The guardian's audit log, read (only) by root for the check."""
        out = []
        for line in (self.data / "audit.jsonl").read_text().splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out


@contextmanager
def running_site(shared_python: Path, users: Users, *, admin: tuple[str, ...] = ()) -> Iterator[Site]:
    """A guardian run by the service user, the samples filed; ``admin``: users given the admin role."""
    root = Path(tempfile.mkdtemp(prefix="bd-mu-", dir="/tmp"))
    os.chmod(root, 0o755)
    svc_uid, svc_gid = _uid(users.svc)
    run = root / "run"                              # as systemd's RuntimeDirectory= and StateDirectory=
    run.mkdir(mode=0o755)
    os.chown(run, svc_uid, svc_gid)
    os.chmod(run, 0o755)
    (root / "data").mkdir(mode=0o700)
    os.chown(root / "data", svc_uid, svc_gid)
    config = root / "breachdesk.toml"
    config.write_text(
        f'[mailbox]\naddresses = ["{MAILBOX}"]\n\n[smtp]\nhost = "127.0.0.1"\nport = 0\n\n'
        f'[store]\npath = "{root / "data"}"\n\n'
        f'[api]\nsocket = "{run / "api.sock"}"\ngroup = "{users.group}"\n\n'
        f'[access]\ndpo = ["{users.dpo}"]\nviewer = ["{users.viewer}"]\n'
        + (f'admin = [{", ".join(json.dumps(a) for a in admin)}]\n' if admin else ""))
    os.chmod(config, 0o644)
    for who in (users.viewer,):                     # a folder of its own for the viewer's own config
        home = root / who
        home.mkdir()
        os.chown(home, *_uid(who))
    s = Site(root=root, python=shared_python, users=users, config=config, data=root / "data",
             socket=run / "api.sock", log=root / "serve.log")
    import grp

    ready = run / "ready"
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8"}
    try:
        with open(s.log, "wb") as fh:
            s.proc = subprocess.Popen(
                [str(shared_python), "-P", "-m", "breachdesk", "--config", str(config), "serve",
                 "--ready-file", str(ready)], stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=root,
                user=svc_uid, group=svc_gid, extra_groups=[grp.getgrnam(users.group).gr_gid], umask=0o077)
        deadline = time.monotonic() + 120
        while not (ready.exists() and ready.read_text().strip()):
            if s.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the guardian did not start: {s.log.read_text()[-3000:]}")
            time.sleep(0.2)
        port = int(ready.read_text())
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            for _name, raw in _samples():
                smtp.sendmail("nurse@example.nhs.uk", [MAILBOX], crlf(raw))
        deadline = time.monotonic() + 180
        while True:
            out = s.cli(users.dpo, "list", "--json")
            rows = json.loads(out.stdout) if out.returncode == 0 else []
            # filed first, analysed after: wait until every report has been analysed
            if len(rows) >= SAMPLES and not any(r["status"] == "analysing" for r in rows):
                s.refs = [r["ref"] for r in rows]
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"not filed: {out.stderr} {s.log.read_text()[-3000:]}")
            time.sleep(1)
        yield s
    finally:
        s.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def site(shared_python: Path, users: Users) -> Iterator[Site]:
    with running_site(shared_python, users) as s:
        yield s


def _samples() -> list[tuple[str, bytes]]:
    chosen = [(n, raw) for n, raw in demo_samples() if n in SAMPLE_NAMES]
    assert len(chosen) == SAMPLES
    return chosen


def _revealed_values(site: Site, ref: str) -> list[str]:
    out = site.cli(site.users.dpo, "show", ref, "--json", "--reveal", "--reason", "multi-user check: raw values")
    assert out.returncode == 0, out.stderr
    return [i["value"] for i in json.loads(out.stdout)["identifiers"] if i["kind"] == "nhs_number"]


# ------------------------------------------------------------------ the checks


def test_the_socket_is_the_groups_and_the_store_is_the_service_users(site: Site) -> None:
    import grp
    import stat as st

    s = site.socket.stat()
    assert st.S_ISSOCK(s.st_mode) and st.S_IMODE(s.st_mode) == 0o660
    assert grp.getgrgid(s.st_gid).gr_name == site.users.group
    svc_uid, _ = _uid(site.users.svc)
    paths = [site.data, *site.data.rglob("*")]
    assert len(paths) > 5
    for p in paths:
        info = p.lstat()
        assert info.st_uid == svc_uid, p
        assert st.S_IMODE(info.st_mode) & 0o077 == 0, f"{p} is {st.S_IMODE(info.st_mode):o}"
    for user in (site.users.dpo, site.users.viewer):
        for target in (site.data / "incidents.json", site.data / "audit.jsonl"):
            out = subprocess.run(["runuser", "-u", user, "--", "cat", str(target)], capture_output=True, text=True)
            assert out.returncode != 0 and "Permission denied" in out.stderr, (user, target, out.stdout[:200])


def test_a_viewer_lists_the_masked_queue(site: Site) -> None:
    out = site.cli(site.users.viewer, "list", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) >= SAMPLES and all(r["ref"].startswith("BD-") for r in rows)
    show = site.cli(site.users.viewer, "show", rows[0]["ref"], "--json")
    assert show.returncode == 0, show.stderr
    values = [i["value"] for i in json.loads(show.stdout)["identifiers"] if i["kind"] == "nhs_number"]
    assert values and all("*" in v for v in values)


def test_a_viewer_posing_as_the_dpo_cannot_reveal(site: Site) -> None:
    ref = site.refs[0]
    raw = _revealed_values(site, ref)
    assert raw and all(v.isdigit() and len(v) == 10 for v in raw)
    spoof = {"USER": site.users.dpo, "LOGNAME": site.users.dpo}
    out = site.cli(site.users.viewer, "show", ref, "--json", "--reveal", "--reason", "spoofed", env=spoof)
    assert out.returncode == 2
    assert f"user '{site.users.viewer}' is a viewer" in out.stderr, out.stderr
    assert not any(v in out.stdout + out.stderr for v in raw)
    export = site.cli(site.users.viewer, "export", ref, "--reveal", "--reason", "spoofed", env=spoof)
    assert export.returncode == 2 and "viewer" in export.stderr
    assert not any(v in export.stdout for v in raw)
    refused = [e for e in site.audit() if e.get("action") == "access_refused" and e.get("ref") == ref]
    assert {e["by"] for e in refused} == {site.users.viewer}           # the kernel's name, not the spoof
    assert {e["detail"]["action"] for e in refused} >= {"reveal", "export_reveal"}


def test_a_viewer_with_its_own_config_granting_dpo_cannot_reveal(site: Site) -> None:
    viewer = site.users.viewer
    mine = site.root / viewer / "mine.toml"
    mine.write_text(site.config.read_text().replace(f'dpo = ["{site.users.dpo}"]', f'dpo = ["{viewer}"]')
                    .replace(f'viewer = ["{viewer}"]', "viewer = []"))
    os.chown(mine, *_uid(viewer))
    ref = site.refs[0]
    out = site.cli(viewer, "show", ref, "--reveal", "--reason", "my own config says dpo", config=mine)
    assert out.returncode == 2
    assert f"user '{viewer}' is a viewer" in out.stderr, out.stderr


def test_a_user_with_no_role_is_refused_at_the_socket_and_it_is_audited(site: Site) -> None:
    out = site.cli(site.users.norole, "list")
    assert out.returncode == 2
    assert f"user '{site.users.norole}' has no role" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr
    refused = [e for e in site.audit() if e.get("action") == "access_refused" and e.get("by") == site.users.norole]
    assert refused, "the refusal is not in the audit log"


def test_a_user_outside_the_sockets_group_cannot_connect(site: Site) -> None:
    out = site.cli(site.users.outsider, "list")
    assert out.returncode == 2
    assert "permission denied" in out.stderr and str(site.socket) in out.stderr, out.stderr


def test_the_dpo_reveals_with_a_reason_and_the_audit_names_the_kernels_user(site: Site) -> None:
    ref = site.refs[-1]
    no_reason = site.cli(site.users.dpo, "show", ref, "--reveal")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    # the dpo's environment claims to be someone else: the audit still names the dpo
    out = site.cli(site.users.dpo, "show", ref, "--json", "--reveal", "--reason", "checking the NHS number",
                   env={"USER": "someone-else", "LOGNAME": "someone-else"})
    assert out.returncode == 0, out.stderr
    shown = json.loads(out.stdout)
    assert shown["revealed"] is True
    assert any(i["kind"] == "nhs_number" and i["value"].isdigit() for i in shown["identifiers"])
    reveals = [e for e in site.audit() if e.get("action") == "reveal" and e.get("ref") == ref
               and e.get("why") == "checking the NHS number"]
    assert [e["by"] for e in reveals] == [site.users.dpo]


def test_the_service_user_goes_through_the_socket_too(site: Site) -> None:
    out = site.cli(site.users.svc, "list", "--json")
    # no [access] role for the service user in this config: even the owner is refused while the guardian runs
    assert out.returncode == 2 and f"user '{site.users.svc}' has no role" in out.stderr, out.stderr


def test_when_the_guardian_stops_only_the_owner_opens_the_store(site: Site) -> None:
    site.stop()
    assert not site.socket.exists()
    out = site.cli(site.users.dpo, "list")
    assert out.returncode == 2
    assert f"the breachdesk daemon is not running at {site.socket}" in out.stderr, out.stderr
    # the owner may use the store directly (embedded mode); its role comes from the config it owns
    owner_cfg = site.root / "owner.toml"
    owner_cfg.write_text(site.config.read_text().replace(f'dpo = ["{site.users.dpo}"]', f'dpo = ["{site.users.svc}"]'))
    os.chmod(owner_cfg, 0o644)
    own = site.cli(site.users.svc, "list", "--json", config=owner_cfg)
    assert own.returncode == 0, own.stderr
    assert len(json.loads(own.stdout)) >= SAMPLES

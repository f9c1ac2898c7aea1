"""A local JupyterHub for tests/test_hub.py (issue 14): the README's hub route, for real.

Everything runs on 127.0.0.1 and stops afterwards:

- JupyterHub from this environment (the ``test`` extra), a test login (JupyterHub's
  ``dummy`` authenticator: any name, one shared password) and the local process spawner
  (every student's server is a process of this user, with a home folder of its own);
- the proxy, configurable-http-proxy, from the npm registry, installed once into
  ``build/hub-proxy`` with the machine's npm (pinned below);
- nbgitpuller (the ``hub`` extra, as the README tells hub admins to install) in the
  students' servers, which run this environment's ``jupyterhub-singleuser``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tools import browser

ROOT = Path(__file__).resolve().parents[1]


PROXY_PACKAGE = "configurable-http-proxy@5.3.0"
PROXY_DIR = ROOT / "build" / "hub-proxy"
PASSWORD = "kelas-influtier"  # the dummy authenticator's shared password; the hub is on 127.0.0.1 only


class HubMissing(RuntimeError):
    """Something the local hub needs is not on this machine; the message says what and how to get it."""


def proxy_command() -> Path:
    """configurable-http-proxy, installed from the npm registry into build/hub-proxy when missing."""
    proxy = PROXY_DIR / "node_modules" / ".bin" / "configurable-http-proxy"
    if proxy.exists():
        return proxy
    npm = shutil.which("npm")
    if not npm or not shutil.which("node"):
        raise HubMissing("the hub test needs Node.js and npm for JupyterHub's proxy "
                         "(Debian: sudo apt-get install nodejs npm)")
    PROXY_DIR.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(PROXY_DIR), PROXY_PACKAGE],
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0 or not proxy.exists():
        raise HubMissing(f"npm could not install {PROXY_PACKAGE}: {result.stderr.strip()[-500:]}")
    return proxy


def check_python_side() -> None:
    for module, extra in (("jupyterhub", "test"), ("nbgitpuller", "hub")):
        try:
            __import__(module)
        except ImportError as missing:
            raise HubMissing(f"{module} is not installed (the {extra} extra): run make test") from missing


CONFIG = """\
c = get_config()  # noqa: F821
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.JupyterHub.db_url = "sqlite:///{folder}/hub.sqlite"
c.JupyterHub.cookie_secret_file = "{folder}/cookie_secret"
c.JupyterHub.pid_file = "{folder}/hub.pid"
c.JupyterHub.cleanup_servers = True
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{folder}/home/{{username}}"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.args = {args!r}
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
"""


@contextlib.contextmanager
def local_hub(timeout: float = 120) -> Iterator[tuple[str, Path, int]]:
    """A running hub; yields its URL, the folder holding each student's home (``home/NAME``) and
    the port of the hub's API (to find the students' servers). Everything stops afterwards."""
    check_python_side()
    proxy = proxy_command()
    with tempfile.TemporaryDirectory(prefix="influtier-hub-") as tmp:
        folder = Path(tmp)
        (folder / "home").mkdir()
        (folder / "cookie_secret").write_text(secrets.token_hex(32))
        (folder / "cookie_secret").chmod(0o600)
        singleuser = str(Path(sys.executable).parent / "jupyterhub-singleuser")
        args = ["--allow-root"] if os.geteuid() == 0 else []
        env = {"CONFIGPROXY_AUTH_TOKEN": secrets.token_hex(16),
               "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
        ports = {}

        def start(port: int) -> subprocess.Popen:
            ports.update(hub=browser.free_port(), api=browser.free_port())
            (folder / "jupyterhub_config.py").write_text(CONFIG.format(
                port=port, hub_port=ports["hub"], api_port=ports["api"], proxy=str(proxy), folder=folder,
                password=PASSWORD, singleuser=singleuser, args=args), encoding="utf-8")
            return browser._launch([sys.executable, "-m", "jupyterhub", "-f", str(folder / "jupyterhub_config.py")],
                                   folder, cwd=folder, env=env)

        try:
            with browser.serve(start, "/hub/api", folder, timeout, "JupyterHub") as (url, _):
                yield url, folder / "home", ports["hub"]
        finally:  # the hub stops the students' servers as it exits; stop any it left behind
            if ports:  # (each runs in a session of its own)
                stop_students(ports["hub"])


def students(hub_port: int) -> list:
    """The students' servers of the hub whose API is on ``hub_port`` (read from their environment)."""
    import psutil  # a test dependency

    found = []
    for proc in psutil.process_iter():
        with contextlib.suppress(psutil.Error):
            if proc.environ().get("JUPYTERHUB_API_URL") == f"http://127.0.0.1:{hub_port}/hub/api":
                found.append(proc)
    return found


def stop_students(hub_port: int, timeout: float = 15) -> None:
    import psutil

    left = students(hub_port)
    for proc in left:
        with contextlib.suppress(psutil.Error):
            for child in proc.children(recursive=True):
                child.terminate()
            proc.terminate()
    _, alive = psutil.wait_procs(left, timeout=timeout)
    for proc in alive:
        with contextlib.suppress(psutil.Error):
            proc.kill()

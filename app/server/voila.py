"""Voilà settings of the workshop server (``make app``; tools/bench.py serves the app with them too).

``make app`` starts Voilà through room.py (next to this file), which adds what a room needs
(caps on kernels, the page always from the pool, each kernel usable only by its own browser;
room.py's docstring says how). Voilà reads this file because the server is started with
``--Voila.config_file_paths=app/server`` (a folder of its own: a ``voila.py`` next to the
notebook would hide the voila package).

- Pages prepared ahead: Voilà keeps a pool of kernels that have already run the app
  (``preheat_kernel``), so a visitor gets a finished page at once and only fetches its
  widgets. ``make app`` sets the pool's size from ROOM (``--pool_size``; 2 on this machine
  only, 30 for HOST=0.0.0.0). A kernel taken from the pool is replaced ``fill_delay`` seconds
  later, so that a wave of arrivals is served before the replacements compete for the CPU;
  a visitor beyond the pool waits for a replacement. Each pooled kernel holds about
  100-130 MB (tools/bench.py --only workshop reports it).
- Culling: a kernel whose page is closed (no websocket left) and which has been idle for
  ``cull_idle_timeout`` seconds is shut down; the check runs every ``cull_interval`` seconds.
  Open pages are never culled (``cull_connected`` is off), however long they sit idle. A
  phone that locks its screen drops its websocket: after the timeout its page needs a reload.
  Voilà also shuts a kernel down at once when the browser reports the page closing (its
  beacon needs the _xsrf cookie, which room.py sets with the page; without room.py the
  beacon is refused and only culling frees the kernel).
- Offline: the page uses our template ``influtier`` (jupyter/voila/templates/influtier, found
  through JUPYTER_PATH, which this file extends for this server only): Voilà's lab template
  without its Font Awesome stylesheets from a CDN; voila.js bundles Font Awesome already.
- One page, one look: a visitor's ``?template=`` or ``?theme=`` is ignored
  (``allow_template_override``, ``allow_theme_override``); room.py also drops them before
  Voilà reads them, so they cannot start a kernel outside the pool either.
- Visitors cannot run code: Voilà only forwards widget (comm) messages to the kernel, and
  serves no contents, terminals or kernel listing (tests/test_workshop_server.py checks it).
- A room cannot exhaust the laptop, and a kernel id is not a key: room.py caps the kernels
  (in total and per network address, ``--max_kernels``, ``--max_per_client``; make app's
  MAX_KERNELS and PER_CLIENT; a request over a cap gets a "room full" page and no kernel)
  and answers 403 on every kernel route to a browser other than the one the kernel was
  handed to, recognised by the signed cookie Voilà gives each browser
  (tests/test_room_attacks.py runs each attack). What it cannot stop: someone who can read
  the room's Wi-Fi traffic (plain HTTP) can copy a page's cookie; phones behind one address
  (a proxy, a NAT) share one per-address cap.
"""

import os

c = get_config()  # noqa: F821 - traitlets provides get_config() in config files

# Voilà looks for templates under the Jupyter data paths; add ours (read when Voilà sets up
# its templates, after this file).
_templates = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jupyter")
os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [_templates, os.environ.get("JUPYTER_PATH")]))
c.VoilaConfiguration.template = "influtier"
c.VoilaConfiguration.allow_template_override = "NO"
c.VoilaConfiguration.allow_theme_override = "NO"

c.VoilaConfiguration.preheat_kernel = True
c.VoilaConfiguration.default_pool_size = 2  # make app passes --pool_size=ROOM
c.VoilaKernelManager.fill_delay = 10
c.VoilaConfiguration.show_tracebacks = False

c.MappingKernelManager.cull_idle_timeout = 60
c.MappingKernelManager.cull_interval = 10
c.MappingKernelManager.cull_connected = False

"""Voilà settings of the workshop server (``make app``; tools/bench.py serves the app with them too).

Voilà reads this file because the server is started with ``--Voila.config_file_paths=app/server``
(a folder of its own: a ``voila.py`` next to the notebook would hide the voila package).

- No pre-executed kernels (yet): Voilà 0.5.13's pool (``preheat_kernel``) does run the notebook
  ahead of time, but in our runs (ipywidgets 8, ipykernel 7) a page served from a pooled
  kernel that had already *finished* the notebook showed no slider within 180 s, while the
  same page served mid-execution did. Until that is understood, each visitor gets a fresh
  kernel, and the work here is in freeing kernels promptly.
- Culling: a kernel whose page is closed (no websocket left) and which has been idle for
  ``cull_idle_timeout`` seconds is shut down; the check runs every ``cull_interval`` seconds.
  Open pages are never culled (``cull_connected`` is off), however long they sit idle. A
  phone that locks its screen drops its websocket: after the timeout its page needs a reload.
  Voilà also shuts a kernel down at once when the browser reports the page closing.
- Offline: the page uses our template ``influtier`` (jupyter/voila/templates/influtier, found
  through JUPYTER_PATH, which this file extends for this server only): Voilà's lab template
  without its Font Awesome stylesheets from a CDN; voila.js bundles Font Awesome already.
- Visitors cannot run code: Voilà only forwards widget (comm) messages to the kernel, and
  serves no contents, terminals or kernel listing (tests/test_workshop_server.py checks it).
"""

import os

c = get_config()  # noqa: F821 - traitlets provides get_config() in config files

# Voilà looks for templates under the Jupyter data paths; add ours (read when Voilà sets up
# its templates, after this file).
_templates = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jupyter")
os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [_templates, os.environ.get("JUPYTER_PATH")]))
c.VoilaConfiguration.template = "influtier"

c.VoilaConfiguration.preheat_kernel = False
c.VoilaConfiguration.show_tracebacks = False

c.MappingKernelManager.cull_idle_timeout = 60
c.MappingKernelManager.cull_interval = 10
c.MappingKernelManager.cull_connected = False

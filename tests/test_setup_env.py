"""tools/setup_env.py: pip's settings reach uv, and each make target is marked as set up."""

from __future__ import annotations

from pathlib import Path

from tools import setup_env

ROOT = Path(__file__).resolve().parents[1]

LISTING = """\
:env:.find-links='/opt/wheels'
global.extra-index-url='file:///opt/a/simple file:///opt/b/simple'
global.find-links='/elsewhere'
global.index-url='https://example.invalid/simple'
install.index-url='https://mirror.invalid/simple'
global.constraint='/etc/pip-constraints.txt'
global.cert='/etc/ssl/ca.pem'
"""


def test_pip_config_ranks_environment_then_install_then_global():
    settings = setup_env.parse_pip_config(LISTING)
    assert settings == {
        "find-links": "/opt/wheels",  # PIP_FIND_LINKS wins over the config file
        "extra-index-url": "file:///opt/a/simple file:///opt/b/simple",
        "index-url": "https://mirror.invalid/simple",  # [install] wins over [global]
        "constraint": "/etc/pip-constraints.txt",
        "cert": "/etc/ssl/ca.pem",
    }


def test_uv_gets_every_index_find_links_and_constraint_and_picks_like_pip(monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    args, env = setup_env.uv_arguments(setup_env.parse_pip_config(LISTING))
    assert args == ["--index-url", "https://mirror.invalid/simple",
                    "--extra-index-url", "file:///opt/a/simple", "--extra-index-url", "file:///opt/b/simple",
                    "--find-links", "/opt/wheels", "--constraint", "/etc/pip-constraints.txt",
                    "--index-strategy", "unsafe-best-match"]
    assert env == {"SSL_CERT_FILE": "/etc/ssl/ca.pem"}


def test_no_pip_settings_means_uv_defaults(monkeypatch):
    assert setup_env.parse_pip_config("") == {}
    assert setup_env.uv_arguments({}) == ([], {})


def test_a_certificate_already_in_the_environment_is_kept(monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", "/mine.pem")
    assert setup_env.uv_arguments({"cert": "/etc/ssl/ca.pem"})[1] == {}


def test_make_test_marks_lab_and_app_as_set_up_too(tmp_path):
    setup_env.touch_stamps("test", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".installed-app", ".installed-lab", ".installed-test"]


def test_make_lab_marks_only_lab(tmp_path):
    setup_env.touch_stamps("lab", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [".installed-lab"]


def test_uv_is_pinned_in_the_lock():
    version = setup_env.locked_version("uv")
    assert version and version[0].isdigit()
    assert setup_env.locked_version("no-such-package") is None

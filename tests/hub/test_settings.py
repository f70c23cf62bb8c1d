"""Production settings refuse to start half-configured, and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-key-for-the-check-0123456789-abcdef",
    "DJANGO_ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "sqlite:////tmp/hub-deploy-check.sqlite3",
    "WAGTAILADMIN_BASE_URL": "https://hub.example.org",
}


def manage(*args, **env):
    # Nothing from the calling shell: `make test` exports WAGTAILADMIN_BASE_URL, for one.
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in REQUIRED and not k.startswith(("DJANGO_", "DATABASE_"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "hub.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_each_required_variable():
    for missing in REQUIRED:
        env = {k: v for k, v in REQUIRED.items() if k != missing}

        result = manage("check", **env)

        assert result.returncode != 0, missing
        assert f"Set the {missing} environment variable" in result.stderr


def test_check_deploy_is_clean_with_the_required_variables():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **REQUIRED)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def _variables_read() -> set[str]:
    """Every environment variable the settings, commands and test services read."""
    import re

    pattern = re.compile(
        r"""(?:env(?:\.\w+)?\(|environ\.get\(|getenv\()\s*["']([A-Z][A-Z0-9_]+)["']"""
    )
    files = [*ROOT.glob("hub/settings/*.py"), *ROOT.glob("hub/**/management/commands/*.py")]
    files += [ROOT / "tests" / "services.py", ROOT / "tests" / "browser" / "conftest.py"]
    return {name for path in files for name in pattern.findall(path.read_text())}


def test_env_example_and_the_readme_list_every_variable_read():
    import re

    read = _variables_read()
    example = set(
        re.findall(r"^#?\s?([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M)
    )
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", readme))
    families = re.findall(r"`([A-Z][A-Z0-9_]+)_\*`", readme)

    assert {"DATABASE_URL", "LOG_LEVEL", "HUB_ADMIN_EMAIL"} <= read
    assert read - example == set()
    assert {v for v in read if not v.startswith(tuple(families))} - documented == set()

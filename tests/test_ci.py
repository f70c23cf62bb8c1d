"""CI installs what the suite needs on a bare machine, Java and Maven included."""

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run_with(tmp_path, commands: tuple[str, ...]) -> str:
    """Runs .ci/system-packages with only ``commands`` (and stubs for dpkg and apt) on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    stubs = {
        "dpkg-query": "echo 'install ok installed'",
        "apt-get": f'echo "$*" >> {log}',
        **{name: "true" for name in commands},
    }
    for name, body in stubs.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    (bin_dir / "grep").symlink_to(shutil.which("grep"))
    subprocess.run(
        [shutil.which("bash"), str(ROOT / ".ci" / "system-packages")],
        env={"PATH": str(bin_dir)},
        check=True,
        capture_output=True,
    )
    return log.read_text() if log.exists() else ""


def test_ci_installs_a_jdk_and_maven_when_they_are_missing(tmp_path):
    calls = _run_with(tmp_path, ())

    assert "install" in calls
    assert "default-jdk-headless" in calls and "maven" in calls


def test_ci_installs_nothing_when_everything_is_there(tmp_path):
    assert _run_with(tmp_path, ("java", "javac", "mvn")) == ""

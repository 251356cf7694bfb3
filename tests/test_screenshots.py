"""`vardflata screenshots DIR` draws the main views offscreen, at the sizes asked."""

from __future__ import annotations

import struct
import subprocess
import sys

from app.cli_screenshots import PLAN


def png_size(path) -> tuple[int, int]:
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def test_screenshots_command_writes_the_main_views(tmp_path):
    out = tmp_path / "bilder"
    done = subprocess.run([sys.executable, "-m", "app", "screenshots", str(out)],
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "Skrev" in done.stdout
    for (language, scale), shots in PLAN.items():
        for name, what, width, height in shots:
            path = out / name
            if what in ("improvement", "present-chart") and not path.exists():
                continue          # only when the window has an improvement view
            assert path.is_file(), name
            assert path.stat().st_size < 400_000, name
            w, h = png_size(path)
            if what.startswith("present"):
                # Presentation mode is drawn exactly at the projector's size.
                assert (w, h) == (width * scale, height * scale), name
            else:
                assert w >= width * scale and h == height * scale, name
    assert png_size(out / "skala-200-presentation.png") == (1280, 720)


def test_screenshots_into_a_file_is_a_user_error(tmp_path):
    not_a_dir = tmp_path / "fil.png"
    not_a_dir.write_text("x")
    done = subprocess.run([sys.executable, "-m", "app", "screenshots", str(not_a_dir)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr

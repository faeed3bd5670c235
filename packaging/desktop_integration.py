"""Linux desktop integration inside the bundle: ``share/`` (desktop entry, AppStream metainfo, hicolor
icons) and ``install.sh``, so the unpacked folder is all a user needs to install the app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.delegationdesk.DelegationDesk"
# The desktop file's name, which desktop/ui/app.py gives Qt (setDesktopFileName) to match windows to it.
DESKTOP_ID = "delegation-desk"
ICON_NAME = "delegation-desk"


def stage_desktop_files(root: Path, bundle: Path) -> None:
    if not sys.platform.startswith("linux"):
        return
    linux = root / "packaging" / "linux"
    share = bundle / "share"
    for sub, name in (("applications", f"{DESKTOP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(linux / name, share / sub / name)
    for script in ("install.sh",):
        shutil.copyfile(linux / script, bundle / script)
        (bundle / script).chmod(0o755)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [
            sys.executable,
            str(root / "packaging" / "render_icons.py"),
            str(root / "resources" / "icons"),
            str(share / "icons"),
            "--name",
            ICON_NAME,
        ],
        check=True,
        env=env,
    )

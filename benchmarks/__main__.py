"""Run every benchmark: ``.venv/bin/python -m benchmarks`` (the large dataset is generated once and cached
in the temp folder). Each ``benchmarks/bench_*.py`` runs as its own process, so import costs and peak memory
are its own; their lines are printed as they come. Figures go into docs/performance.md by hand, with the
machine and the date."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    from benchmarks.dataset import ensure_dataset

    wanted = set(argv)
    print(
        f"# {time.strftime('%Y-%m-%d %H:%M')}  {platform.platform()}  {os.cpu_count()} CPUs  "
        f"Python {platform.python_version()}"
    )
    print(f"# dataset: {ensure_dataset()}")
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        if wanted and script.stem not in wanted and script.stem.removeprefix("bench_") not in wanted:
            continue
        print(f"\n## {script.stem}", flush=True)
        env = dict(os.environ, PYTHONPATH=str(HERE.parent), QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, env=env)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

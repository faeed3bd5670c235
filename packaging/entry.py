"""The frozen program's entry point: the same as ``python -m desktop`` and the ``delegation-desk`` command.

A file of its own (not ``desktop/__main__.py``) so PyInstaller does not put ``desktop/`` on the search path,
where its modules would also be importable under top-level names."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

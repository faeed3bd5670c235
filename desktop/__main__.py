"""`python -m desktop` is the same as the `delegation-desk` command."""

import sys

from desktop.cli import main

sys.exit(main())

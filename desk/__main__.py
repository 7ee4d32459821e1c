"""``python -m desk``: the same as the ``desk`` command."""

import multiprocessing
import sys

from desk.cli import main

# a frozen build starts its child processes (the import's file reader) as itself: this
# hands such a start to multiprocessing instead of the command line
multiprocessing.freeze_support()
sys.exit(main())

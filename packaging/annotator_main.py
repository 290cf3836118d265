"""The bundle's entry point: the same ``annotator`` command as the installed script."""

import multiprocessing
import sys

from annotator.cli import main

if __name__ == "__main__":
    # Batch suggestion starts spawned processes (the window's batch process and its workers); in a
    # frozen bundle each starts this executable again, and this makes it run the child's code
    # instead of a second window.  Nothing happens outside a bundle.
    multiprocessing.freeze_support()
    sys.exit(main())

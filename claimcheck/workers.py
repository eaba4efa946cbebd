"""Worker processes that end with the run that started them.

A run killed with SIGTERM (a CI timeout, ``kill``) dies at once, without shutting its process
pool down; the workers, each holding a copy of the pack data, would wait for work forever.
Each worker watches its parent and exits when the parent is gone, however it ended.
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.2


def end_with_parent(parent: int) -> None:
    """Pool initializer: a daemon thread that ends this process once ``parent`` has ended
    (the process is then re-parented, so its parent id changes)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()

"""Why an input could not be loaded, in words a user can act on."""

from __future__ import annotations


class RejectedInput(Exception):
    """An input the workbench will not load, with the file and the reason.

    The pipeline records it in the ingest log and goes on with the batch.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

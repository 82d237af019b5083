"""Errors a user can cause or fix. Each carries a one-line message fit to show them as it is.

Anything else that escapes a stage is a bug: the CLI and the bot log it with its trace and show a generic apology.
"""

from __future__ import annotations


class AttribotError(Exception):
    """Base for errors whose message is safe and useful to show the user (exit code 2 in the CLI)."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


class BadInput(AttribotError):
    """The input itself is unusable: empty, too large, binary, not an article."""


class RefusedSource(AttribotError):
    """A URL we will not fetch: wrong scheme, private address, too many redirects, wrong content type."""


class FetchFailed(AttribotError):
    """The page could not be fetched: timeout, DNS failure, HTTP error status."""


class NothingToSummarize(AttribotError):
    """The page or text has no article text in it."""


class UnsupportedLanguage(AttribotError):
    """The language is undetermined or no translation route exists for it."""


class ModelUnavailable(AttribotError):
    """A translation model is missing locally and may not (offline) or could not be downloaded."""

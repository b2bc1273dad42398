"""Coded errors with clear messages (spaCy style: ``E###`` codes, one place)."""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputError(MarsadError):
    """An input could not be read; the run reports it and goes on."""

    code = "E100"


class StoreError(MarsadError):
    code = "E200"


class ConfigError(MarsadError):
    code = "E300"


class MissingExtra(MarsadError):
    """An optional backend is not installed."""

    code = "E400"

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs the optional extra: pip install 'marsad[{extra}]'")


# Input problem codes: one line each, reported with the input's name.
INPUT_CODES = {
    "I001": "empty input",
    "I002": "binary data, not text",
    "I003": "could not decode as any supported Arabic text encoding",
    "I004": "malformed JSON line",
    "I005": "broken or unparsable markup",
    "I006": "broken WARC archive",
    "I007": "no article text found",
    "I008": "input too large",
    "I009": "unreadable file",
    "I010": "unsupported input type",
    "I011": "a pipeline stage failed on this article",
}

"""Problems found in the spec, collected rather than raised."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem in the spec.

    ``location`` is a JSON-pointer-like path into the spec (``/paths/~1v1~1actions/get``).
    """

    location: str
    code: str
    message: str
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        return f"{self.severity.value}: {self.location}: {self.message} [{self.code}]"

    def to_json(self) -> dict[str, str]:
        return {
            "location": self.location,
            "code": self.code,
            "message": self.message,
            "severity": self.severity.value,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, str]) -> Diagnostic:
        return cls(data["location"], data["code"], data["message"], Severity(data["severity"]))


@dataclass
class Diagnostics:
    items: list[Diagnostic] = field(default_factory=list)

    def error(self, location: str, code: str, message: str) -> None:
        self.items.append(Diagnostic(location, code, message, Severity.ERROR))

    def warning(self, location: str, code: str, message: str) -> None:
        self.items.append(Diagnostic(location, code, message, Severity.WARNING))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    def extend(self, other: Diagnostics) -> None:
        self.items.extend(other.items)

    def report(self) -> str:
        return "\n".join(d.format() for d in self.items)


class GenerationError(Exception):
    """Raised when generation cannot proceed; carries the diagnostics that stopped it."""

    def __init__(self, message: str, diagnostics: Diagnostics | None = None) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics or Diagnostics()


def pointer(*parts: str) -> str:
    """Build a JSON pointer from raw parts, escaping ``~`` and ``/``."""
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)

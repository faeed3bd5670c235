"""Errors the domain services raise; every message is meant for the user, as it is."""

from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    """Base of the errors a user can act on."""


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ServiceError):
    """One or more fields are wrong. ``errors`` names each field (the model attribute) and why."""

    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, field: str) -> str | None:
        return next((e.message for e in self.errors if e.field == field), None)


class NotFound(ServiceError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"No {what} with id {ident}.")
        self.what = what
        self.ident = ident


class StaleRecord(ServiceError):
    """Someone else saved this record since it was loaded: reload, or save again to overwrite."""

    def __init__(self, what: str, ident: object) -> None:
        super().__init__(
            f"The {what} {ident} was changed by someone else since you opened it. "
            "Reload it to see their change, or save again to overwrite it."
        )
        self.what = what
        self.ident = ident

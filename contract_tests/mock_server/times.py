"""Timestamps as the service writes them (RFC 3339, UTC, milliseconds, `Z`) and reads them."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    return format_time(datetime.now(UTC))


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(text: str) -> datetime:
    """An RFC 3339 date-time (already format-checked) as an aware UTC datetime. ValueError or
    OverflowError when it has no UTC equivalent .NET could hold (0001-01-01T00:00:00+01:00)."""
    normalized = text.upper().replace(" ", "T")
    if normalized[17:19] == "60":  # a leap second; Python's datetime has none
        normalized = normalized[:17] + "59" + normalized[19:]
    moment = datetime.fromisoformat(normalized)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def parse_time_or_none(text: str) -> datetime | None:
    """parse_time, or None for a date-time beyond the years 1 to 9999 once in UTC."""
    try:
        return parse_time(text)
    except (ValueError, OverflowError):
        return None

from enum import StrEnum

from .._compat import unknown_member


class LicenseSortOrder(StrEnum):
    ASC = "Asc"
    DESC = "Desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LicenseSortOrder | None":
        """The member whose value differs only in letter case (`"User"` is `user`)."""
        if isinstance(value, str):
            folded = value.casefold()
            return next((member for member in cls if member.value.casefold() == folded), None)
        return None

    @classmethod
    def from_wire(cls, value: str) -> "LicenseSortOrder":
        """The member for `value`; an unknown value (a newer service) becomes an extra member."""
        try:
            return cls(value)
        except ValueError:
            return unknown_member(cls, value)

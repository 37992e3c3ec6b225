from enum import StrEnum


class ScopeType(StrEnum):
    APPLICATION = "application"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

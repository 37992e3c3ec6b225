from enum import StrEnum


class ScopeType(StrEnum):
    APPLICATION = "application"
    USER = "user"
    USERANDAPPLICATION = "userAndApplication"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class GroupType(StrEnum):
    BUILTIN = "builtIn"
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class DirectoryEntityType(StrEnum):
    APPLICATION = "application"
    GROUP = "group"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

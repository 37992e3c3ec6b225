from enum import StrEnum


class DirectoryEntityType(StrEnum):
    APPLICATION = "Application"
    GROUP = "Group"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)

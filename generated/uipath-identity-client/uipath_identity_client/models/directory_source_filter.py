from enum import StrEnum


class DirectorySourceFilter(StrEnum):
    APPLICATIONS = "applications"
    DIRECTORYGROUPS = "directoryGroups"
    DIRECTORYUSERS = "directoryUsers"
    LOCALGROUPS = "localGroups"
    LOCALUSERS = "localUsers"
    ROBOTACCOUNTS = "robotAccounts"

    def __str__(self) -> str:
        return str(self.value)

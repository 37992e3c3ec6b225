from enum import StrEnum


class UserType(StrEnum):
    APPLICATION = "application"
    DIRECTORYGROUP = "directoryGroup"
    DIRECTORYUSER = "directoryUser"
    ROBOT = "robot"
    ROBOTACCOUNT = "robotAccount"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum

from .._compat import unknown_member


class LoginAttemptResult(StrEnum):
    ADLOGIN = "adLogin"
    EXTERNALFAILEDAUTHENTICATION = "externalFailedAuthentication"
    INVALIDPASSWORD = "invalidPassword"
    INVALIDUSERNAMETENANCYNAME = "invalidUserNameTenancyName"
    LOCKEDOUT = "lockedOut"
    SUCCESS = "success"
    TENANTISNOTACTIVE = "tenantIsNotActive"
    UNKNOWNEXTERNALLOGIN = "unknownExternalLogin"
    USEREMAILISNOTCONFIRMED = "userEmailIsNotConfirmed"
    USERISNOTACTIVE = "userIsNotActive"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_wire(cls, value: str) -> "LoginAttemptResult":
        """The member for `value`; an unknown value (a newer service) becomes an extra member."""
        try:
            return cls(value)
        except ValueError:
            return unknown_member(cls, value)

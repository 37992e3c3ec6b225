from enum import StrEnum


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

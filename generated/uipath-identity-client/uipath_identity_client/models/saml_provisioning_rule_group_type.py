from enum import StrEnum


class SamlProvisioningRuleGroupType(StrEnum):
    BUILTIN = "builtIn"
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)

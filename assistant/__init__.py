"""The domain of the residence-permit assistant: no Qt here (a test enforces it).

Public API used by the UI, the CLI and the packet builder:

- `Case` and its parts (`assistant.model`)
- `load_case`, `case_from_json_text`, `case_to_json_text` (`assistant.casefile`)
- `assess(case, today) -> Assessment` (`assistant.engine`)
"""

from .casefile import case_from_json_text, case_to_json_text, load_case
from .errors import CaseFileError, FormError, ResourceError, UserError
from .model import SCHEMA_VERSION, Case

__all__ = [
    "SCHEMA_VERSION",
    "Case",
    "CaseFileError",
    "FormError",
    "ResourceError",
    "UserError",
    "case_from_json_text",
    "case_to_json_text",
    "load_case",
]

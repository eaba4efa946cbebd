"""claimcheck: catch factual slips in news copy before it is published.

    import claimcheck
    report = claimcheck.check(["seeds/"], packs=["rules/"])
    for finding in report.findings:
        print(finding.path, finding.line, finding.rule, finding.message)
"""

from __future__ import annotations

from .api import check, check_documents, check_text, extract
from .cache import clear_caches
from .config import Config
from .corpus import read_paths
from .errors import ClaimcheckError, ConfigError
from .models import (
    Claim,
    CountClaim,
    Document,
    Finding,
    MoneyClaim,
    NameClaim,
    Related,
    Report,
    RoleClaim,
    TemporalClaim,
)
from .packs import Pack, load_packs

__version__ = "0.1.0"

__all__ = [
    "check", "check_documents", "check_text", "clear_caches", "extract", "load_packs", "read_paths",
    "Config", "ClaimcheckError", "ConfigError", "Pack",
    "Claim", "CountClaim", "Document", "Finding", "MoneyClaim", "NameClaim", "Related", "Report",
    "RoleClaim", "TemporalClaim",
]

"""Report builders: procedure dossier and organisation report as PDF, CSV and XLSX.

Builders read plain dataclasses (``reports.model``) only; they never touch the store.
"""

from __future__ import annotations

from pathlib import Path

from bewustwerven.reports.model import DossierData, OrgReportData


def write_dossier(data: DossierData, path: Path, *, lang: str = "nl") -> None:
    """Write the dossier as PDF, CSV or XLSX, chosen by the file's suffix."""
    from bewustwerven.reports import export

    export.write(data, path, lang)


def write_organisation(data: OrgReportData, path: Path, *, lang: str = "nl") -> None:
    """Write the organisation report as PDF, CSV or XLSX, chosen by the file's suffix."""
    from bewustwerven.reports import export

    export.write(data, path, lang)


__all__ = ["DossierData", "OrgReportData", "write_dossier", "write_organisation"]

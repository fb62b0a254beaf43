"""Committee member: 'Mijn beoordelingen' (blind scoring per candidate or per question)."""

from bewustwerven.ui.member.view import MyReviewsView

__all__ = ["MyReviewsView"]

"""Data files (policy profiles, word lists, translations) shipped as a package."""

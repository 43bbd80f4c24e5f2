"""Identifying a dossier: its documents' kinds, its jurisdiction, its stage, its manifest and
the bodies that issued its documents — the helpers read → classify → facts leans on."""

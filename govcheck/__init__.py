"""govcheck: compliance checker for Chinese e-government IT project dossiers."""

__version__ = "0.1.0"

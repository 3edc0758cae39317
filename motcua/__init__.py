"""motcua: one-stop administrative services, measured against their targets."""

__version__ = "0.1.0"

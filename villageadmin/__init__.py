"""村务通 VillageAdmin."""

__version__ = "0.1.0"

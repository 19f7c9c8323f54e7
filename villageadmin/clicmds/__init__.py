"""Per-area command-line sub-commands; each module has ``register(reg)``."""

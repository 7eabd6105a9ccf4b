"""The version of ikm-kit: its one home (pyproject.toml reads it through hatch; ``ikm_kit.__version__``)."""
__version__ = "0.1.0"

"""prestatie: consolidate Dutch prestatieafspraken and their yearly Jaarplannen."""

__version__ = "0.1.0"

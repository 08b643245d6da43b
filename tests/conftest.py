import sys
from pathlib import Path

# The case-file helpers live beside the tests.
sys.path.insert(0, str(Path(__file__).parent))

# TEMPORARY SHIM (helper is writing the real one)
import sys
sys.path.insert(0, '/tmp/scratch')
from dataclasses import dataclass
from crude import crude
@dataclass(frozen=True)
class NormalizedText:
    text: str
    original: str
    def to_original(self, s, e): return s, e
def normalize(t): return NormalizedText(crude(t), t)

"""Large archives: the same pipeline over chunks of input, in parallel, into Parquet parts.

``run_batch`` cuts the inputs into numbered chunks (deterministic: the same inputs give the same
chunks), processes them on an engine (local processes, or Ray), and writes one Parquet part per
chunk, renamed into place only when complete. A re-run after a crash skips the parts that exist, so
nothing is lost or done twice; ``load_parts`` puts the parts into any store (idempotent by id).
"""

from marsad.batch.parts import load_parts, read_part
from marsad.batch.run import BatchReport, run_batch

__all__ = ["BatchReport", "load_parts", "read_part", "run_batch"]

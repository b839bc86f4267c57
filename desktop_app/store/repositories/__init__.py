"""Row-level reads and writes, one module per area; services call these, never SQL."""

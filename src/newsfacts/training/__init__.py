"""Training optional components on user-supplied data (weights are never shipped)."""

"""Many notices at once: batch parsing, comparison, checks."""

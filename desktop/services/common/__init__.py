"""Small shared building blocks used by more than one tool (paths, errors, jobs, files, dates)."""

"""Small reusable widgets and helpers of the shell that every tool page may use."""

"""`python -m newsfacts ...` runs the CLI."""

from newsfacts.cli import main

main()

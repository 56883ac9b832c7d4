"""`python -m newsfacts.cli ...` runs the CLI."""

from . import main

main()

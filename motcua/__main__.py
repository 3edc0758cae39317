"""`python -m motcua` and the `motcua` console script: Django's manage.py."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv)
    argv[0] = "motcua"
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()

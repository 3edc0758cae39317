"""The settings of `benchmarks/public_pages.py`'s server: motcua's own, with one hello-world
view added to its pages (`hello_urls`), so that the baseline runs under the same gunicorn,
settings and middleware as the pages it is set against. Never part of the product:
`DJANGO_SETTINGS_MODULE=hello_settings` with `benchmarks/` on the Python path.
"""

from motcua.settings import *  # noqa: F403

ROOT_URLCONF = "hello_urls"

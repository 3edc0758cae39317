from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from motcua.catalogue.demo import has_real_catalogue, load_demo_catalogue
from motcua.directives.demo import directives_demo
from motcua.dossiers.demo import demo_dossiers_load, has_real_dossiers
from motcua.feedback.demo import feedback_demo
from motcua.metrics.demo import metrics_demo
from motcua.orgs.demo import (
    DEMO_PASSWORD,
    DemoLogin,
    demo_logins,
    has_real_orgs,
    load_demo_orgs,
)
from motcua.orgs.models import AdministrativeUnit
from motcua.surveys.demo import demo_survey_load


class Command(BaseCommand):
    help = (
        "Load the demo data: a province with ten communes after the 2025 reorganisation, "
        "their agencies, one login per role, a catalogue of procedures with forms and three "
        "years of dossiers with ratings. "
        "Refuses to write into a database that holds real (non-demo) data."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the database already has units (used by `make run`).",
        )
        parser.add_argument(
            "--years", type=int, default=3, help="Years of demo dossiers, up to today (3)."
        )
        parser.add_argument(
            "--per-year", type=int, default=20000, help="Demo dossiers per year (20000)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["if_empty"] and AdministrativeUnit.objects.exists():
            self.stdout.write("The database already has data; demo data not loaded again.")
            self._print_logins(demo_logins())
            return
        if has_real_orgs() or has_real_catalogue() or has_real_dossiers():
            raise CommandError(
                "This database holds real (non-demo) units, agencies, procedures or dossiers; "
                "the demo data would mix with them. Use an empty database for the demo."
            )
        logins = load_demo_orgs()
        with tqdm(desc="procedures", unit="proc", disable=options["verbosity"] < 1) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            count = load_demo_catalogue(progress=progress)
        with tqdm(desc="dossiers", unit="row", disable=options["verbosity"] < 1) as bar:

            def dossier_progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            dossiers = demo_dossiers_load(
                years=options["years"], per_year=options["per_year"], progress=dossier_progress
            )
        responses = demo_survey_load()
        directives_demo()
        feedback = feedback_demo()
        metrics_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data loaded: {count} procedures, {dossiers} dossiers, "
                f"{responses} survey responses, {feedback} feedback items."
            )
        )
        self._print_logins(logins)

    def _print_logins(self, logins: list[DemoLogin]) -> None:
        if not logins:
            return
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for login in logins:
            self.stdout.write(f"  {login.username:<18} {login.role:<24} {login.where}")

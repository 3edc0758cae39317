"""Backups of the database and the media files, and their restore (`motcua backup DIR`,
`motcua restore DIR`).

A backup directory holds the database (`database.dump`, PostgreSQL's custom format from
pg_dump; or `database.sqlite3`, a copy made through SQLite's online backup API), the media
files under `media/`, and `manifest.json`: the motcua version, the date, the engine, the latest
migration of every app, the row count of every table and a SHA-256 of every file. The database
is described as it was dumped (PostgreSQL: the counts are read in the snapshot pg_dump reads;
SQLite: from the copy), so a restore can check that it got back exactly that.

A backup is written to a hidden directory beside DIR and renamed to DIR only when complete, so
an interrupted backup never looks like one. A restore checks everything it can before it
touches anything: the manifest, the engine, the migrations (a backup made by newer code is
refused), the checksum of the database file and of every media file, and that the database it
replaces holds no data unless `force` is given.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from tqdm import tqdm

import motcua
from motcua.core.cli import BAD_INPUT

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_DIR = "media"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
CHUNK = 1024 * 1024

# Tables `motcua migrate` fills by itself (Django's bookkeeping and the data migrations' default
# feedback categories and official days off): rows there do not make a database one in use.
MIGRATE_FILLED = frozenset(
    {
        "django_migrations",
        "django_content_type",
        "auth_permission",
        "feedback_category",
        "workdays_dayoff",
    }
)


class BackupError(Exception):
    """A backup or restore that cannot go on; `returncode` is the command's exit code
    (2 for a refusal before anything was touched, 1 for a failure on the way)."""

    def __init__(self, message: str, returncode: int = 1) -> None:
        super().__init__(message)
        self.returncode = returncode


class Progress(Protocol):
    """Opens a progress bar of `total` bytes; the callable it yields advances it."""

    def __call__(
        self, description: str, total: int
    ) -> AbstractContextManager[Callable[[int], object]]: ...


def no_progress(description: str, total: int) -> AbstractContextManager[Callable[[int], object]]:
    return nullcontext(lambda _n: None)


def no_log(_message: str) -> None:
    return None


def progress_bars(stream: Any, *, enabled: bool) -> Progress:
    """Progress bars in bytes on `stream` (a terminal only: none under cron)."""

    @contextmanager
    def bar(description: str, total: int) -> Iterator[Callable[[int], object]]:
        with tqdm(
            desc=description,
            total=total,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            disable=None if enabled else True,
            file=stream,
        ) as shown:
            yield shown.update

    return bar


@dataclass(frozen=True)
class MediaFile:
    path: str  # relative to the media root, with "/" between parts
    size: int
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class TableCount:
    table: str
    expected: int | None  # None: the table is not in the backup
    found: int | None  # None: the table is missing after the restore

    @property
    def ok(self) -> bool:
        return self.expected == self.found


@dataclass(frozen=True)
class RestoreReport:
    manifest: dict[str, Any]
    counts: list[TableCount]
    media_files: int
    media_checksum: str

    @property
    def mismatches(self) -> list[TableCount]:
        return [count for count in self.counts if not count.ok]


# ---------------------------------------------------------------------------------------------
# What a database and a media tree hold


def media_checksum(files: Iterable[MediaFile]) -> str:
    """One SHA-256 for a whole media tree: of every file's path, size and SHA-256, by path."""
    digest = hashlib.sha256()
    for item in sorted(files, key=lambda f: f.path):
        digest.update(f"{item.path}\0{item.size}\0{item.sha256}\n".encode())
    return digest.hexdigest()


def media_paths(root: Path) -> dict[str, Path]:
    """Every file under `root` by its relative path ("/"-separated), symbolic links followed."""
    if not root.is_dir():
        return {}
    found = {}
    for directory, _dirs, names in os.walk(root, followlinks=True):
        for name in names:
            path = Path(directory, name)
            if path.is_file():
                found[path.relative_to(root).as_posix()] = path
    return dict(sorted(found.items()))


def media_scan(root: Path, progress: Progress = no_progress) -> list[MediaFile]:
    """Every file under `root` with its size and SHA-256."""
    paths = media_paths(root)
    files = []
    with progress("checking media", sum(_size(path) for path in paths.values())) as advance:
        for relative, path in paths.items():
            digest, size = _copy_hashing(path, None, advance)
            files.append(MediaFile(relative, size, digest))
    return files


def media_tree_checksum(root: Path | None = None) -> str:
    """The checksum of the media tree at `root` (default: MEDIA_ROOT)."""
    return media_checksum(media_scan(Path(root or settings.MEDIA_ROOT)))


def database_counts() -> dict[str, int]:
    """The row count of every table of the configured database."""
    if connection.vendor == "sqlite" and not Path(connection.settings_dict["NAME"]).exists():
        return {}
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        return _count_rows(cursor, tables, connection.ops.quote_name)


def database_in_use() -> list[str]:
    """The tables holding rows other than those `motcua migrate` writes by itself."""
    counts = database_counts()
    return [table for table, rows in counts.items() if rows and table not in MIGRATE_FILLED]


def _count_rows(cursor: Any, tables: Iterable[str], quote: Callable[[str], str]) -> dict[str, int]:
    counts = {}
    for table in sorted(tables):
        if table.startswith("sqlite_"):  # SQLite's own statistics, rebuilt by ANALYZE
            continue
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608 (quoted names)
        counts[table] = int(cursor.fetchone()[0])
    return counts


def _latest_migrations(cursor: Any) -> dict[str, str]:
    cursor.execute("SELECT app, name FROM django_migrations")
    latest: dict[str, str] = {}
    for app, name in cursor.fetchall():
        # Migration names begin with a 4-digit number: the greatest is the latest.
        latest[app] = max(name, latest.get(app, ""))
    return dict(sorted(latest.items()))


def _engine() -> str:
    vendor = connection.vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"backups support SQLite and PostgreSQL, not {vendor}", BAD_INPUT)
    return vendor


# ---------------------------------------------------------------------------------------------
# Backup


def backup_create(
    directory: Path, *, progress: Progress = no_progress, log: Callable[[str], object] = no_log
) -> dict[str, Any]:
    """Back up the database and MEDIA_ROOT into `directory`, which must not exist yet; return
    the manifest. Everything is written to a hidden directory beside it, renamed when done."""
    directory = directory.absolute()
    engine = _engine()
    if directory.exists() or directory.is_symlink():
        raise BackupError(
            f"{directory} already exists: give a new directory (one per day, for example)",
            BAD_INPUT,
        )
    media_root = Path(settings.MEDIA_ROOT).absolute()
    if directory.is_relative_to(media_root):
        raise BackupError(f"{directory} is inside MEDIA_ROOT ({media_root})", BAD_INPUT)
    directory.parent.mkdir(parents=True, exist_ok=True)
    # mkdtemp makes the directory readable by its owner only: a backup holds personal data.
    partial = Path(tempfile.mkdtemp(prefix=f".{directory.name}.partial-", dir=directory.parent))
    try:
        database_file = partial / DATABASE_FILES[engine]
        if engine == "postgresql":
            described = _postgres_dump(database_file, log)
        else:
            described = _sqlite_copy(database_file, log)
        digest, size = _copy_hashing(database_file, None, lambda _n: None)
        log(f"Copying media files from {media_root}")
        files = _media_copy(media_root, partial / MEDIA_DIR, progress, log)
        manifest = {
            "format": FORMAT,
            "motcua": motcua.__version__,
            "created_at": timezone.now().isoformat(timespec="seconds"),
            "database": {
                "engine": engine,
                "file": database_file.name,
                "size": size,
                "sha256": digest,
                **described,
            },
            "media": {
                "checksum": media_checksum(files),
                "count": len(files),
                "bytes": sum(f.size for f in files),
                "files": [f.as_dict() for f in files],
            },
        }
        _write_durably(partial / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        _fsync_path(partial)
        partial.rename(directory)
        _fsync_path(directory.parent)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return manifest


def _postgres_dump(target: Path, log: Callable[[str], object]) -> dict[str, Any]:
    """pg_dump in the snapshot of a read-only transaction, and what that snapshot holds."""
    reader = connection.copy()
    try:
        with reader.cursor() as cursor:
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            cursor.execute("SELECT pg_export_snapshot(), current_setting('server_version_num')")
            snapshot, version_num = cursor.fetchone()
            major = int(version_num) // 10000
            tables = reader.introspection.table_names(cursor)
            if "django_migrations" not in tables:
                raise BackupError("the database has no tables yet: run `motcua migrate` first")
            counts = _count_rows(cursor, tables, reader.ops.quote_name)
            migrations = _latest_migrations(cursor)
            pg_dump = postgres_tool("pg_dump", major)
            log(f"Dumping PostgreSQL database {reader.settings_dict['NAME']} with {pg_dump}")
            _run(
                [pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={target}"],
                reader.settings_dict,
            )
            cursor.execute("COMMIT")
    finally:
        reader.close()
    return {"server_version": major, "tables": counts, "migrations": migrations}


def _sqlite_copy(target: Path, log: Callable[[str], object]) -> dict[str, Any]:
    """A copy through SQLite's online backup API (consistent while the server writes), in
    rollback-journal mode so that it is one self-contained file, checked and described."""
    source = Path(connection.settings_dict["NAME"])
    if not source.is_file():
        raise BackupError(f"the SQLite database {source} does not exist", BAD_INPUT)
    log(f"Copying SQLite database {source}")
    with (
        closing(sqlite3.connect(source, timeout=20)) as reader,
        closing(sqlite3.connect(target)) as copy,
    ):
        reader.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    return _sqlite_describe(target)


def _sqlite_describe(path: Path) -> dict[str, Any]:
    with closing(sqlite3.connect(_read_only(path), uri=True)) as database:
        cursor = database.cursor()
        problems = [row[0] for row in cursor.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise BackupError(f"the SQLite database is damaged: {'; '.join(problems[:5])}")
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = [row[0] for row in cursor.fetchall()]
        if "django_migrations" not in tables:
            raise BackupError("the database has no tables yet: run `motcua migrate` first")
        counts = _count_rows(cursor, tables, _sqlite_quote)
        return {"tables": counts, "migrations": _latest_migrations(cursor)}


def _read_only(path: Path) -> str:
    return path.absolute().as_uri() + "?mode=ro"


def _sqlite_quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _media_copy(
    root: Path, target: Path, progress: Progress, log: Callable[[str], object]
) -> list[MediaFile]:
    paths = media_paths(root)
    target.mkdir()
    files = []
    with progress("media", sum(_size(path) for path in paths.values())) as advance:
        for relative, path in paths.items():
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            try:
                digest, size = _copy_hashing(path, destination, advance)
            except FileNotFoundError:
                # Deleted by the running server since the walk: not part of this backup.
                log(f"{path} was deleted during the backup; left out")
                destination.unlink(missing_ok=True)
                continue
            files.append(MediaFile(relative, size, digest))
    return files


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


# ---------------------------------------------------------------------------------------------
# Restore


def backup_read(directory: Path) -> dict[str, Any]:
    """The manifest of a complete backup, or a BackupError saying what is wrong."""
    directory = directory.absolute()
    if not directory.is_dir():
        raise BackupError(f"{directory} is not a directory", BAD_INPUT)
    manifest_path = directory / MANIFEST
    if not manifest_path.is_file():
        raise BackupError(
            f"{directory} is not a complete backup: it has no {MANIFEST} "
            "(a backup that did not finish has none)",
            BAD_INPUT,
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        missing = [
            f"{part}.{key}"
            for part, keys in _REQUIRED.items()
            for key in keys
            if manifest[part].get(key) is None
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BackupError(f"{manifest_path} is damaged: {error!r}", BAD_INPUT) from error
    if missing or manifest.get("format") is None:
        raise BackupError(f"{manifest_path} is damaged: it lacks {missing or 'format'}", BAD_INPUT)
    if manifest["format"] != FORMAT:
        raise BackupError(
            f"{directory} is a backup of format {manifest['format']}; this motcua reads {FORMAT}",
            BAD_INPUT,
        )
    return manifest


_REQUIRED = {
    "database": ("engine", "file", "size", "sha256", "tables", "migrations"),
    "media": ("checksum", "files"),
}


def migrations_unknown(manifest: dict[str, Any]) -> list[str]:
    """The backup's latest migrations this code does not have: a sign of newer code."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return [
        f"{app} {name}"
        for app, name in manifest["database"]["migrations"].items()
        if (app, name) not in known
    ]


def backup_restore(
    directory: Path,
    *,
    force: bool = False,
    progress: Progress = no_progress,
    log: Callable[[str], object] = no_log,
) -> RestoreReport:
    """Replace the configured database and MEDIA_ROOT with the backup in `directory`, once every
    check has passed; then compare the row counts and the media with the manifest."""
    directory = directory.absolute()
    manifest = backup_read(directory)
    database = manifest["database"]
    engine = _engine()
    if database["engine"] != engine:
        raise BackupError(
            f"this is a backup of a {database['engine']} database; "
            f"the configured database is {engine}",
            BAD_INPUT,
        )
    unknown = migrations_unknown(manifest)
    if unknown:
        raise BackupError(
            f"this backup was made by newer code (motcua {manifest.get('motcua')}): its "
            f"database has migrations this code does not know ({', '.join(unknown)}). "
            "Install that version or a later one, then restore.",
            BAD_INPUT,
        )
    in_use = [] if force else database_in_use()
    if in_use:
        shown = ", ".join(in_use[:5]) + (", ..." if len(in_use) > 5 else "")
        raise BackupError(
            f"the configured database holds data ({len(in_use)} tables with rows: {shown}). "
            "Restoring replaces all of it: add --force to go on.",
            BAD_INPUT,
        )
    database_file = directory / str(database["file"])
    _verify_database_file(database_file, database)
    files = _media_verify(directory / MEDIA_DIR, manifest["media"], progress)
    if engine == "postgresql":
        _postgres_restore(database_file, log)
    else:
        _sqlite_restore(database_file, log)
    media_root = Path(settings.MEDIA_ROOT)
    log(f"Replacing media files in {media_root}")
    _media_replace(directory / MEDIA_DIR, media_root, files, progress)
    found = database_counts()
    expected = database["tables"]
    counts = [
        TableCount(table, expected.get(table), found.get(table))
        for table in sorted(set(expected) | set(found))
    ]
    restored = _media_check_restored(media_root, files)
    return RestoreReport(
        manifest=manifest, counts=counts, media_files=len(files), media_checksum=restored
    )


def migrations_pending() -> int:
    """How many of this code's migrations the configured database has not applied."""
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def _verify_database_file(path: Path, database: dict[str, Any]) -> None:
    if not path.is_file():
        raise BackupError(f"the backup is incomplete: {path} is missing", BAD_INPUT)
    digest, size = _copy_hashing(path, None, lambda _n: None)
    if (digest, size) != (database["sha256"], database["size"]):
        raise BackupError(
            f"{path} does not match its checksum in {MANIFEST}: the file is damaged", BAD_INPUT
        )


def _media_verify(root: Path, media: dict[str, Any], progress: Progress) -> list[MediaFile]:
    """The manifest's media files, once every one of them is found in the backup as it was
    written; refuses on any file missing, changed or unexpected."""
    try:
        listed = [
            MediaFile(str(f["path"]), int(f["size"]), str(f["sha256"])) for f in media["files"]
        ]
    except (KeyError, TypeError, ValueError) as error:
        raise BackupError(
            f"the media list in {MANIFEST} is damaged: {error!r}", BAD_INPUT
        ) from error
    for item in listed:
        _safe_relative(item.path)
    if media_checksum(listed) != media["checksum"]:
        raise BackupError(f"the media list in {MANIFEST} does not match its checksum", BAD_INPUT)
    found = {f.path: f for f in media_scan(root, progress)}
    expected = {f.path: f for f in listed}
    missing = sorted(set(expected) - set(found))
    unexpected = sorted(set(found) - set(expected))
    changed = sorted(p for p in set(expected) & set(found) if expected[p] != found[p])
    problems = (
        [f"missing: {p}" for p in missing]
        + [f"damaged (checksum differs): {p}" for p in changed]
        + [f"not in the manifest: {p}" for p in unexpected]
    )
    if problems:
        shown = "; ".join(problems[:10]) + ("; ..." if len(problems) > 10 else "")
        raise BackupError(
            f"the media files of the backup do not match {MANIFEST}: {shown}", BAD_INPUT
        )
    return listed


def _safe_relative(path: str) -> PurePosixPath:
    relative = PurePosixPath(path)
    if not path or relative.is_absolute() or ".." in relative.parts or "\\" in path:
        raise BackupError(f"{MANIFEST} names a media file outside the media root: {path!r}")
    return relative


def _postgres_restore(dump: Path, log: Callable[[str], object]) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('server_version_num')")
        major = int(cursor.fetchone()[0]) // 10000
    pg_restore = postgres_tool("pg_restore", major)
    settings_dict = connection.settings_dict
    # This process's own session must hold no lock on the tables pg_restore drops.
    connection.close()
    log(f"Restoring PostgreSQL database {settings_dict['NAME']} with {pg_restore}")
    _run(
        [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            # All or nothing: a failed restore leaves the database as it was.
            "--single-transaction",
            "--exit-on-error",
            # An empty name: pg_restore connects to PGDATABASE, set by _run.
            "--dbname=",
            str(dump),
        ],
        settings_dict,
    )
    connection.close()


def _sqlite_restore(copy: Path, log: Callable[[str], object]) -> None:
    """Copy the backup over the configured database page by page, through SQLite's backup API,
    which keeps the database's own journal (WAL) consistent; the server must be stopped."""
    target = Path(connection.settings_dict["NAME"])
    connection.close()
    log(f"Restoring SQLite database {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        closing(sqlite3.connect(_read_only(copy), uri=True)) as source,
        closing(sqlite3.connect(target, timeout=20)) as database,
    ):
        source.backup(database)
    connection.close()


def _media_replace(source: Path, root: Path, files: list[MediaFile], progress: Progress) -> None:
    """Make `root` hold exactly the backup's files: each written beside its place and renamed
    over it, then the files the backup does not have removed. Works on a mounted media root."""
    root.mkdir(parents=True, exist_ok=True)
    with progress("restoring media", sum(f.size for f in files)) as advance:
        for item in files:
            destination = root / _safe_relative(item.path)
            destination.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=".restore-", dir=destination.parent)
            os.close(handle)
            partial = Path(name)
            try:
                digest, size = _copy_hashing(source / item.path, partial, advance)
                if (digest, size) != (item.sha256, item.size):
                    raise BackupError(f"{source / item.path} changed while it was restored")
                partial.chmod(settings.FILE_UPLOAD_PERMISSIONS or 0o644)
                partial.replace(destination)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
    keep = {f.path for f in files}
    for relative, path in media_paths(root).items():
        if relative not in keep:
            path.unlink()
    for directory, _dirs, _names in sorted(os.walk(root), reverse=True):
        if Path(directory) != root and not os.listdir(directory):
            os.rmdir(directory)


def _media_check_restored(root: Path, files: list[MediaFile]) -> str:
    present = {relative: path.stat().st_size for relative, path in media_paths(root).items()}
    expected = {f.path: f.size for f in files}
    if present != expected:
        differing = sorted(set(present.items()) ^ set(expected.items()))
        raise BackupError(f"the media root does not hold the backup's files: {differing[:10]}")
    # Each file was hashed as it was written; the tree's checksum follows from the list.
    return media_checksum(files)


# ---------------------------------------------------------------------------------------------
# PostgreSQL's tools


def postgres_tool(name: str, major: int) -> str:
    """The path of pg_dump or pg_restore of the server's major version: the one in PATH, or
    the versioned ones Debian, Ubuntu and the PGDG packages install."""
    candidates = [
        shutil.which(name),
        f"/usr/lib/postgresql/{major}/bin/{name}",
        f"/usr/pgsql-{major}/bin/{name}",
    ]
    seen = []
    for candidate in dict.fromkeys(c for c in candidates if c):
        if not os.access(candidate, os.X_OK):
            continue
        version = _tool_major(candidate)
        if version == major:
            return candidate
        seen.append(f"{candidate} is version {version}")
    found = f" ({'; '.join(seen)})" if seen else ""
    raise BackupError(
        f"{name} of PostgreSQL {major}, the server's version, is not installed{found}. "
        f"Install the client tools of version {major} (Debian, Ubuntu: "
        f"`apt install postgresql-client-{major}`).",
    )


def _tool_major(path: str) -> int | None:
    try:
        result = subprocess.run(  # noqa: S603 (a fixed program and argument)
            [path, "--version"], capture_output=True, text=True, check=False, timeout=30
        )
    except OSError:
        return None
    match = re.search(r"\(PostgreSQL\)\s+(\d+)", result.stdout)
    return int(match.group(1)) if match else None


def postgres_environ(settings_dict: dict[str, Any]) -> dict[str, str]:
    """The connection of `settings_dict` as libpq's environment variables: nothing of it,
    and above all not the password, appears on a command line other users can list."""
    options = settings_dict.get("OPTIONS") or {}
    variables = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
        "PGSERVICE": options.get("service"),
        "PGPASSFILE": options.get("passfile"),
        "PGSSLMODE": options.get("sslmode"),
        "PGSSLROOTCERT": options.get("sslrootcert"),
        "PGSSLCERT": options.get("sslcert"),
        "PGSSLKEY": options.get("sslkey"),
    }
    return {name: str(value) for name, value in variables.items() if value}


def _run(command: list[str], settings_dict: dict[str, Any]) -> None:
    # --no-password: never wait for a password typed at a terminal (cron has none).
    command = [command[0], "--no-password", *command[1:]]
    environ = {**os.environ, **postgres_environ(settings_dict)}
    result = subprocess.run(  # noqa: S603 (our arguments; the connection is in the environment)
        command, env=environ, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        program = Path(command[0]).name
        raise BackupError(
            f"{program} failed (exit code {result.returncode}): {result.stderr.strip()}"
        )


# ---------------------------------------------------------------------------------------------
# Files


def _copy_hashing(
    source: Path, target: Path | None, advance: Callable[[int], object]
) -> tuple[str, int]:
    """SHA-256 and size of `source`, copied to `target` (synced to disk) on the way if given."""
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as reading, _open_or_nothing(target) as writing:
        while block := reading.read(CHUNK):
            digest.update(block)
            size += len(block)
            if writing is not None:
                writing.write(block)
            advance(len(block))
        if writing is not None:
            writing.flush()
            os.fsync(writing.fileno())
    return digest.hexdigest(), size


@contextmanager
def _open_or_nothing(target: Path | None) -> Iterator[Any]:
    if target is None:
        yield None
        return
    with target.open("wb") as writing:
        yield writing


def _write_durably(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as writing:
        writing.write(text)
        writing.flush()
        os.fsync(writing.fileno())


def _fsync_path(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

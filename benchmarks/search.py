"""Procedure search with 2,000 procedures: median and p95 per query, against an indexed
lookup by code measured in the same run, on SQLite and (when DATABASE_URL is set) PostgreSQL.

    .venv/bin/python benchmarks/search.py [--procedures 2000] [--rounds 25]

Each backend runs in its own process on a scratch database that is dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time

from harness import backends, percentile, print_timings, run_child

QUERIES = [
    "dang ky ket hon",
    "Đăng ký khai sinh",
    "chung thuc ban sao",
    "đất đai",
    "giay phep xay dung",
    "ho kinh doanh",
    "tro cap xa hoi",
    "cap lai",
    "xac nhan tinh trang hon nhan",
    "nguoi co cong",
    "khai tu",
    "1.001193",
    "moi truong",
    "thay doi",
    "gia han giay phep",
    "hoc bong",
    "thu tuc khong ton tai",
    "cap",
    "dang ky",
    "van hoa",
]
ACTIONS = [
    "Đăng ký",
    "Cấp",
    "Cấp lại",
    "Điều chỉnh",
    "Gia hạn",
    "Xác nhận",
    "Thu hồi",
    "Chứng thực",
    "Thẩm định",
    "Phê duyệt",
    "Công nhận",
    "Thay đổi thông tin",
]
OBJECTS = [
    "khai sinh",
    "kết hôn",
    "khai tử",
    "giấy phép xây dựng nhà ở riêng lẻ",
    "hộ kinh doanh",
    "quyền sử dụng đất",
    "trợ cấp xã hội hằng tháng",
    "người có công",
    "bản sao từ bản chính",
    "chữ ký",
    "tình trạng hôn nhân",
    "giấy phép môi trường",
    "học bổng chính sách",
    "di tích văn hóa",
    "cơ sở tôn giáo",
    "giám hộ",
    "nuôi con nuôi",
    "giấy phép lao động",
    "hợp tác xã",
    "trang trại",
    "biển quảng cáo",
    "lễ hội",
]
FIELDS = [
    "Hộ tịch",
    "Chứng thực",
    "Đất đai",
    "Xây dựng",
    "Kinh doanh",
    "Bảo trợ xã hội",
    "Người có công",
    "Môi trường",
    "Giáo dục",
    "Văn hóa",
    "Tôn giáo",
    "Lao động",
]


def run_backend(procedures: int, rounds: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from tqdm import tqdm

    from motcua.catalogue.models import Field, Procedure
    from motcua.catalogue.selectors import procedure_search

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    rng = random.Random(42)
    fields = [Field.objects.create(code=f"f{i}", name=name) for i, name in enumerate(FIELDS)]
    batch = []
    for n in range(procedures):
        name = f"{rng.choice(ACTIONS)} {rng.choice(OBJECTS)}"
        if n % 3:
            name += f" ({rng.choice(['cấp xã', 'cấp tỉnh', 'có yếu tố nước ngoài', 'lần đầu'])})"
        field = rng.choice(fields)
        code = "1.001193" if n == 0 else f"{rng.choice('123')}.{100000 + n:06d}"
        procedure = Procedure(
            code=code,
            name=name,
            field=field,
            level=rng.choice(["commune", "province"]),
            online_level=rng.choice(["full", "partial", "none"]),
            status="published",
            time_limit_value=rng.randint(1, 30),
            time_limit_unit="working_days",
        )
        procedure.refresh_search_keys()
        batch.append(procedure)
    Procedure.objects.bulk_create(batch, batch_size=500)
    codes = list(Procedure.objects.values_list("code", flat=True))
    client = Client()

    def search(query: str) -> None:
        results = procedure_search(query=query)
        results.count()
        list(results[:20])

    def lookup(code: str) -> None:
        Procedure.objects.filter(code=code).first()

    def page(query: str) -> None:
        response = client.get("/procedures/", {"q": query})
        assert response.status_code == 200

    cases = {
        "lookup by code (baseline)": (lookup, [rng.choice(codes) for _ in QUERIES]),
        "search (count + first 20)": (search, QUERIES),
        "search page, rendered": (page, QUERIES),
    }
    timings: dict[str, list[float]] = {name: [] for name in cases}
    total = sum(len(args) for _f, args in cases.values()) * rounds
    with tqdm(total=total, desc=connection.vendor, unit="query", file=sys.stderr) as bar:
        for _round in range(rounds):
            for name, (function, arguments) in cases.items():
                for argument in arguments:
                    start = time.perf_counter()
                    function(argument)
                    timings[name].append((time.perf_counter() - start) * 1000)
                    bar.update()
    return {
        "backend": connection.vendor,
        "procedures": Procedure.objects.count(),
        "results": {
            name: {"median_ms": statistics.median(s), "p95_ms": percentile(s, 0.95), "n": len(s)}
            for name, s in timings.items()
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_backend(args.procedures, args.rounds)))
        return 0
    with backends("motcua_bench") as found:
        print(
            f"Procedure search, {args.procedures} procedures, {len(QUERIES)} queries × "
            f"{args.rounds} rounds; goal p95 < 50 ms\n"
        )
        for label, env in found:
            report = run_child(
                __file__, [f"--procedures={args.procedures}", f"--rounds={args.rounds}"], env
            )
            print_timings(
                f"{label} ({report['procedures']} procedures)",
                report["results"],
                "lookup by code (baseline)",
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Official days off and working Saturdays of public bodies, 2023-2026, as published in the
Labour Code and the Government's yearly notices (the facts of workdays/data/
vn_public_sector_days_off.csv). Later years are loaded with `motcua workdays load FILE`."""

import datetime as dt

from django.db import migrations

DAYS = [
    ('2023-01-02', 'compensatory', 'New Year (1 Jan fell on Sunday)', 'Labour Code 2019 Art. 111(3)'),
    ('2023-01-20', 'holiday', 'Tết Quý Mão', 'Official letter 8056/VPCP-KGVX (1 Dec 2022)'),
    ('2023-01-23', 'holiday', 'Tết Quý Mão', 'Official letter 8056/VPCP-KGVX (1 Dec 2022)'),
    ('2023-01-24', 'holiday', 'Tết Quý Mão', 'Official letter 8056/VPCP-KGVX (1 Dec 2022)'),
    ('2023-01-25', 'compensatory', 'Tết Quý Mão (days falling on the weekend)', 'Official letter 8056/VPCP-KGVX (1 Dec 2022)'),
    ('2023-01-26', 'compensatory', 'Tết Quý Mão (days falling on the weekend)', 'Official letter 8056/VPCP-KGVX (1 Dec 2022)'),
    ('2023-05-01', 'holiday', 'International Labour Day', 'Labour Code 2019 Art. 112'),
    ('2023-05-02', 'compensatory', 'Hùng Kings (29 Apr fell on Saturday)', 'Labour Code 2019 Art. 111(3)'),
    ('2023-05-03', 'compensatory', 'Victory Day (30 Apr fell on Sunday)', 'Labour Code 2019 Art. 111(3)'),
    ('2023-09-01', 'holiday', 'National Day (adjacent day)', 'Official letter 8056/VPCP-KGVX (1 Dec 2022)'),
    ('2023-09-04', 'compensatory', 'National Day (2 Sep fell on Saturday)', 'Labour Code 2019 Art. 111(3)'),
    ('2024-01-01', 'holiday', 'New Year', 'Labour Code 2019 Art. 112'),
    ('2024-02-08', 'holiday', 'Tết Giáp Thìn', "Prime Minister's decision on Tết 2024 for public bodies"),
    ('2024-02-09', 'holiday', 'Tết Giáp Thìn', "Prime Minister's decision on Tết 2024 for public bodies"),
    ('2024-02-12', 'holiday', 'Tết Giáp Thìn', "Prime Minister's decision on Tết 2024 for public bodies"),
    ('2024-02-13', 'compensatory', 'Tết Giáp Thìn (days falling on the weekend)', "Prime Minister's decision on Tết 2024 for public bodies"),
    ('2024-02-14', 'compensatory', 'Tết Giáp Thìn (days falling on the weekend)', "Prime Minister's decision on Tết 2024 for public bodies"),
    ('2024-04-18', 'holiday', 'Hùng Kings Commemoration', 'Labour Code 2019 Art. 112'),
    ('2024-04-29', 'swapped_off', 'Swapped with Saturday 4 May 2024', 'Government notice on the 30 Apr - 1 May 2024 holiday'),
    ('2024-04-30', 'holiday', 'Victory Day', 'Labour Code 2019 Art. 112'),
    ('2024-05-01', 'holiday', 'International Labour Day', 'Labour Code 2019 Art. 112'),
    ('2024-05-04', 'swapped_work', 'Working Saturday in exchange for 29 Apr 2024', 'Government notice on the 30 Apr - 1 May 2024 holiday'),
    ('2024-09-02', 'holiday', 'National Day', 'Labour Code 2019 Art. 112'),
    ('2024-09-03', 'holiday', 'National Day (adjacent day)', "Prime Minister's decision for 2024"),
    ('2025-01-01', 'holiday', 'New Year', 'Labour Code 2019 Art. 112'),
    ('2025-01-27', 'holiday', 'Tết Ất Tỵ', "Prime Minister's decision on Tết 2025 for public bodies"),
    ('2025-01-28', 'holiday', 'Tết Ất Tỵ', "Prime Minister's decision on Tết 2025 for public bodies"),
    ('2025-01-29', 'holiday', 'Tết Ất Tỵ', "Prime Minister's decision on Tết 2025 for public bodies"),
    ('2025-01-30', 'holiday', 'Tết Ất Tỵ', "Prime Minister's decision on Tết 2025 for public bodies"),
    ('2025-01-31', 'holiday', 'Tết Ất Tỵ', "Prime Minister's decision on Tết 2025 for public bodies"),
    ('2025-04-07', 'holiday', 'Hùng Kings Commemoration', 'Labour Code 2019 Art. 112'),
    ('2025-04-26', 'swapped_work', 'Working Saturday in exchange for 2 May 2025', 'Government notice on the 30 Apr - 1 May 2025 holiday'),
    ('2025-04-30', 'holiday', 'Victory Day', 'Labour Code 2019 Art. 112'),
    ('2025-05-01', 'holiday', 'International Labour Day', 'Labour Code 2019 Art. 112'),
    ('2025-05-02', 'swapped_off', 'Swapped with Saturday 26 Apr 2025', 'Government notice on the 30 Apr - 1 May 2025 holiday'),
    ('2025-09-01', 'holiday', 'National Day (adjacent day)', "Prime Minister's decision for 2025"),
    ('2025-09-02', 'holiday', 'National Day', 'Labour Code 2019 Art. 112'),
    ('2026-01-01', 'holiday', 'New Year', 'Labour Code 2019 Art. 112'),
    ('2026-01-02', 'swapped_off', 'Swapped with Saturday 10 Jan 2026', 'Government agreement of 25 Dec 2025 announced by the Ministry of Home Affairs'),
    ('2026-01-10', 'swapped_work', 'Working Saturday in exchange for 2 Jan 2026', 'Government agreement of 25 Dec 2025 announced by the Ministry of Home Affairs'),
    ('2026-02-16', 'holiday', 'Tết Bính Ngọ', "Prime Minister's decision on Tết 2026 for public bodies"),
    ('2026-02-17', 'holiday', 'Tết Bính Ngọ', "Prime Minister's decision on Tết 2026 for public bodies"),
    ('2026-02-18', 'holiday', 'Tết Bính Ngọ', "Prime Minister's decision on Tết 2026 for public bodies"),
    ('2026-02-19', 'holiday', 'Tết Bính Ngọ', "Prime Minister's decision on Tết 2026 for public bodies"),
    ('2026-02-20', 'holiday', 'Tết Bính Ngọ', "Prime Minister's decision on Tết 2026 for public bodies"),
    ('2026-04-27', 'compensatory', 'Hùng Kings (26 Apr fell on Sunday)', 'Labour Code 2019 Art. 111(3)'),
    ('2026-04-30', 'holiday', 'Victory Day', 'Labour Code 2019 Art. 112'),
    ('2026-05-01', 'holiday', 'International Labour Day', 'Labour Code 2019 Art. 112'),
    ('2026-08-22', 'swapped_work', 'Working Saturday in exchange for 31 Aug 2026', "Prime Minister's decision for 2026"),
    ('2026-08-31', 'swapped_off', 'Swapped with Saturday 22 Aug 2026', "Prime Minister's decision for 2026"),
    ('2026-09-01', 'holiday', 'National Day (adjacent day)', "Prime Minister's decision for 2026"),
    ('2026-09-02', 'holiday', 'National Day', 'Labour Code 2019 Art. 112'),
]


def load(apps, schema_editor):
    DayOff = apps.get_model("workdays", "DayOff")
    for day, kind, name, source in DAYS:
        DayOff.objects.update_or_create(
            date=dt.date.fromisoformat(day),
            defaults={"kind": kind, "name": name, "source": source},
        )


def unload(apps, schema_editor):
    DayOff = apps.get_model("workdays", "DayOff")
    DayOff.objects.filter(date__in=[dt.date.fromisoformat(d) for d, *_ in DAYS]).delete()


class Migration(migrations.Migration):
    dependencies = [("workdays", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]

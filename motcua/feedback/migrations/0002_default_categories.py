"""The categories every installation starts with (Decree 20/2008 and the founding
directive's public services); units edit them in the admin."""

from django.db import migrations

CATEGORIES = [
    # code, Vietnamese name, English name, group, about conduct, Open311 keywords
    ("thu-tuc", "Quy định, thủ tục hành chính", "Regulations and administrative procedures",
     "Hành chính", False, "thủ tục,quy định,hồ sơ"),
    ("can-bo", "Thái độ, hành vi của cơ quan, cán bộ", "How an agency or official behaved",
     "Hành chính", True, "cán bộ,nhũng nhiễu,thái độ"),
    ("duong-giao-thong", "Đường giao thông", "Roads", "Dịch vụ công cộng", False,
     "đường,cầu,ổ gà"),
    ("nuoc-sach", "Nước sạch", "Water supply", "Dịch vụ công cộng", False, "nước,cấp nước"),
    ("rac-thai", "Rác thải, vệ sinh môi trường", "Waste and sanitation", "Dịch vụ công cộng",
     False, "rác,môi trường"),
    ("khac", "Khác", "Other", "Khác", False, ""),
]


def install(apps, schema_editor):
    Category = apps.get_model("feedback", "Category")
    for position, (code, name, name_en, group, conduct, keywords) in enumerate(CATEGORIES, 1):
        Category.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "name_en": name_en,
                "group": group,
                "about_conduct": conduct,
                "keywords": keywords,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("feedback", "0001_initial")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]

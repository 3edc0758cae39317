"""Demo catalogue of Vietnamese administrative procedures (thủ tục hành chính).

This module is DEMO DATA for development, tests and demonstrations of motcua. It models the
catalogue that a province and its communes publish after the 1 July 2025 two-tier local
government reorganisation (province and commune; no district level). The content is written
to be realistic - national procedure codes, legal bases, time limits, fees and dossier
components follow the usual shape of the national procedure database - but it is NOT an
official publication and must not be relied on for real-world guidance. Fees marked as set
by the provincial People's Council are illustrative.

A few entries are deliberately stale or incomplete so that publication checks have
something to find; each is marked with a comment:

* three legal documents that had already expired before 2026;
* four forms whose validity ended before 1 July 2025;
* one procedure with an empty ``target_group`` and one with an empty ``result``.

``LEGAL_DOCUMENTS`` maps a document number/symbol to
``(title, issued_on, effective_from, expires_on)`` with ISO dates (``expires_on`` is
``None`` while the document is in force). ``PROCEDURES`` is a list of plain dicts; see the
keys of any entry. Components are ``(name, originals, copies, required, form_code)`` and
forms are ``(code, name, file_type, valid_from, valid_to)``.
"""

from __future__ import annotations

LEGAL_DOCUMENTS: dict[str, tuple[str, str, str, str | None]] = {
    "60/2014/QH13": ("Luật Hộ tịch", "2014-11-20", "2016-01-01", None),
    "123/2015/NĐ-CP": (
        "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "2015-11-15",
        "2016-01-01",
        None,
    ),
    "04/2020/TT-BTP": (
        (
            "Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số "
            "123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều "
            "và biện pháp thi hành Luật Hộ tịch"
        ),
        "2020-05-28",
        "2020-07-16",
        None,
    ),
    "281/2016/TT-BTC": (
        (
            "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng "
            "thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác "
            "nhận là người gốc Việt Nam, lệ phí quốc tịch"
        ),
        "2016-11-14",
        "2017-01-01",
        None,
    ),
    "120/2025/NĐ-CP": (
        (
            "Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong "
            "lĩnh vực quản lý nhà nước của Bộ Tư pháp"
        ),
        "2025-06-11",
        "2025-07-01",
        None,
    ),
    "23/2015/NĐ-CP": (
        (
            "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ "
            "ký và chứng thực hợp đồng, giao dịch"
        ),
        "2015-02-16",
        "2015-04-10",
        None,
    ),
    "01/2020/TT-BTP": (
        (
            "Thông tư quy định chi tiết, hướng dẫn thi hành một số điều của Nghị định số "
            "23/2015/NĐ-CP ngày 16 tháng 02 năm 2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng "
            "thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch"
        ),
        "2020-03-03",
        "2020-04-20",
        None,
    ),
    "226/2016/TT-BTC": (
        "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
        "2016-11-11",
        "2017-01-01",
        None,
    ),
    "52/2014/QH13": ("Luật Hôn nhân và gia đình", "2014-06-19", "2015-01-01", None),
    "52/2010/QH12": ("Luật Nuôi con nuôi", "2010-06-17", "2011-01-01", None),
    "35/2013/QH13": ("Luật Hòa giải ở cơ sở", "2013-06-20", "2014-01-01", None),
    "15/2014/NĐ-CP": (
        "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở",
        "2014-02-27",
        "2014-04-15",
        None,
    ),
    "28/2009/QH12": ("Luật Lý lịch tư pháp", "2009-06-17", "2010-07-01", None),
    "46/2024/QH15": ("Luật Công chứng", "2024-11-26", "2025-07-01", None),
    "11/2017/QH14": ("Luật Trợ giúp pháp lý", "2017-06-20", "2018-01-01", None),
    "31/2024/QH15": ("Luật Đất đai", "2024-01-18", "2024-08-01", None),
    "101/2024/NĐ-CP": (
        (
            "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử "
            "dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai"
        ),
        "2024-07-29",
        "2024-08-01",
        None,
    ),
    "151/2025/NĐ-CP": (
        (
            "Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân "
            "quyền, phân cấp trong lĩnh vực đất đai"
        ),
        "2025-06-12",
        "2025-07-01",
        None,
    ),
    # EXPIRED (deliberate): superseded, still cited by a procedure below.
    "43/2014/NĐ-CP": (
        "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai",
        "2014-05-15",
        "2014-07-01",
        "2024-08-01",
    ),
    "99/2022/NĐ-CP": ("Nghị định về đăng ký biện pháp bảo đảm", "2022-11-30", "2023-01-15", None),
    "72/2020/QH14": ("Luật Bảo vệ môi trường", "2020-11-17", "2022-01-01", None),
    "08/2022/NĐ-CP": (
        "Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường",
        "2022-01-10",
        "2022-01-10",
        None,
    ),
    "50/2014/QH13": ("Luật Xây dựng", "2014-06-18", "2015-01-01", None),
    "175/2024/NĐ-CP": (
        (
            "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản "
            "lý hoạt động xây dựng"
        ),
        "2024-12-30",
        "2024-12-30",
        None,
    ),
    # EXPIRED (deliberate): superseded, still cited by a procedure below.
    "15/2021/NĐ-CP": (
        "Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng",
        "2021-03-03",
        "2021-03-03",
        "2024-12-30",
    ),
    "59/2020/QH14": ("Luật Doanh nghiệp", "2020-06-17", "2021-01-01", None),
    "168/2025/NĐ-CP": ("Nghị định về đăng ký doanh nghiệp", "2025-06-30", "2025-07-01", None),
    "68/2025/TT-BTC": (
        "Thông tư ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh",
        "2025-06-30",
        "2025-07-01",
        None,
    ),
    "105/2017/NĐ-CP": ("Nghị định về kinh doanh rượu", "2017-09-14", "2017-11-01", None),
    "83/2014/NĐ-CP": ("Nghị định về kinh doanh xăng dầu", "2014-09-03", "2014-11-01", None),
    "55/2010/QH12": ("Luật An toàn thực phẩm", "2010-06-17", "2011-07-01", None),
    "15/2018/NĐ-CP": (
        "Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm",
        "2018-02-02",
        "2018-02-02",
        None,
    ),
    "20/2021/NĐ-CP": (
        "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
        "2021-03-15",
        "2021-07-01",
        None,
    ),
    "76/2024/NĐ-CP": (
        (
            "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 "
            "năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ "
            "xã hội"
        ),
        "2024-07-01",
        "2024-07-01",
        None,
    ),
    "51/2010/QH12": ("Luật Người khuyết tật", "2010-06-17", "2011-01-01", None),
    "102/2016/QH13": ("Luật Trẻ em", "2016-04-05", "2017-06-01", None),
    "07/2021/NĐ-CP": (
        "Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025",
        "2021-01-27",
        "2021-03-15",
        None,
    ),
    "02/2020/UBTVQH14": (
        "Pháp lệnh Ưu đãi người có công với cách mạng",
        "2020-12-09",
        "2021-07-01",
        None,
    ),
    "131/2021/NĐ-CP": (
        (
            "Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với "
            "cách mạng"
        ),
        "2021-12-30",
        "2022-02-15",
        None,
    ),
    "45/2019/QH14": ("Bộ luật Lao động", "2019-11-20", "2021-01-01", None),
    "145/2020/NĐ-CP": (
        (
            "Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về "
            "điều kiện lao động và quan hệ lao động"
        ),
        "2020-12-14",
        "2021-02-01",
        None,
    ),
    "219/2025/NĐ-CP": (
        "Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam",
        "2025-08-07",
        "2025-08-07",
        None,
    ),
    "06/2022/QH15": ("Luật Thi đua, khen thưởng", "2022-06-15", "2024-01-01", None),
    "98/2023/NĐ-CP": (
        "Nghị định quy định chi tiết thi hành Luật Thi đua, khen thưởng",
        "2023-12-31",
        "2024-01-01",
        None,
    ),
    # EXPIRED (deliberate): superseded, still cited by a procedure below.
    "91/2017/NĐ-CP": (
        "Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        "2017-07-31",
        "2017-10-01",
        "2024-01-01",
    ),
    "126/2024/NĐ-CP": (
        "Nghị định quy định về tổ chức, hoạt động và quản lý hội",
        "2024-10-08",
        "2024-11-26",
        None,
    ),
    "02/2016/QH14": ("Luật Tín ngưỡng, tôn giáo", "2016-11-18", "2018-01-01", None),
    "95/2023/NĐ-CP": (
        "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo",
        "2023-12-29",
        "2024-03-30",
        None,
    ),
    "43/2019/QH14": ("Luật Giáo dục", "2019-06-14", "2020-07-01", None),
    "125/2024/NĐ-CP": (
        "Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục",
        "2024-10-05",
        "2024-11-20",
        None,
    ),
    "105/2020/NĐ-CP": (
        "Nghị định quy định chính sách phát triển giáo dục mầm non",
        "2020-09-08",
        "2020-10-25",
        None,
    ),
    "15/2023/QH15": ("Luật Khám bệnh, chữa bệnh", "2023-01-09", "2024-01-01", None),
    "86/2023/NĐ-CP": (
        (
            "Nghị định quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "
            "Gia đình văn hóa; Thôn, Tổ dân phố văn hóa; Xã, Phường, Thị trấn tiêu biểu"
        ),
        "2023-12-07",
        "2024-02-01",
        None,
    ),
    "110/2018/NĐ-CP": (
        "Nghị định quy định về quản lý và tổ chức lễ hội",
        "2018-08-29",
        "2018-10-15",
        None,
    ),
    "54/2019/NĐ-CP": (
        "Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường",
        "2019-06-19",
        "2019-09-01",
        None,
    ),
    "144/2020/NĐ-CP": (
        "Nghị định quy định về hoạt động nghệ thuật biểu diễn",
        "2020-12-14",
        "2021-02-01",
        None,
    ),
    "02/2017/NĐ-CP": (
        (
            "Nghị định về cơ chế, chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất "
            "vùng bị thiệt hại do thiên tai, dịch bệnh"
        ),
        "2017-01-09",
        "2017-03-01",
        None,
    ),
    "112/2024/NĐ-CP": (
        "Nghị định quy định chi tiết về đất trồng lúa",
        "2024-09-11",
        "2024-09-11",
        None,
    ),
    "41/2013/QH13": ("Luật Bảo vệ và kiểm dịch thực vật", "2013-11-25", "2015-01-01", None),
    "32/2018/QH14": ("Luật Chăn nuôi", "2018-11-19", "2020-01-01", None),
}

PROCEDURES: list[dict] = [
    {
        "code": "1.001193",
        "name": "Đăng ký khai sinh",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Người đi đăng ký khai sinh nộp Tờ khai và giấy tờ theo quy định tại Bộ phận "
            "Một cửa của Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ, qua dịch vụ bưu chính "
            "hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\nBước 2: Công chức làm công tác hộ "
            "tịch kiểm tra hồ sơ, đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư; hồ sơ "
            "chưa đầy đủ thì hướng dẫn bổ sung một lần.\nBước 3: Thông tin khai sinh đầy đủ, phù "
            "hợp thì công chức ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện "
            "tử để cấp số định danh cá nhân và trình Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai "
            "sinh.\nBước 4: Người đi đăng ký khai sinh kiểm tra nội dung, ký vào Sổ đăng ký khai "
            "sinh và nhận Giấy khai sinh bản chính; trường hợp nộp trực tuyến được cấp bản điện tử "
            "Giấy khai sinh."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (None, "within_day"),
        "time_limit_note": (
            "Ngay trong ngày tiếp nhận hồ sơ; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm "
            "việc tiếp theo. Trường hợp cần xác minh thì không quá 03 ngày làm việc."
        ),
        "target_group": (
            "Công dân Việt Nam (cha, mẹ, người thân thích hoặc người đang nuôi dưỡng trẻ em)"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": (
            "Giấy khai sinh (bản chính) và bản sao Giấy khai sinh nếu có yêu cầu; trẻ em được cấp "
            "số định danh cá nhân"
        ),
        "fees": (
            "Miễn lệ phí đăng ký khai sinh đúng hạn. Đăng ký khai sinh quá hạn: lệ phí theo Nghị "
            "quyết của Hội đồng nhân dân tỉnh. Miễn lệ phí đối với người thuộc gia đình có công "
            "với cách mạng, người thuộc hộ nghèo, người khuyết tật."
        ),
        "fee_bearing": False,
        "components": [
            ("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, True, "TK-KS"),
            (
                (
                    "Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng xác nhận "
                    "về việc sinh hoặc giấy cam đoan về việc sinh"
                ),
                1,
                0,
                True,
                None,
            ),
            ("Biên bản xác nhận việc trẻ bị bỏ rơi (đối với trẻ em bị bỏ rơi)", 1, 0, False, None),
            (
                (
                    "Giấy chứng nhận kết hôn của cha, mẹ (nếu thông tin chưa có trong Cơ sở dữ "
                    "liệu hộ tịch điện tử)"
                ),
                0,
                1,
                False,
                None,
            ),
            (
                "Văn bản ủy quyền được chứng thực (trường hợp ủy quyền thực hiện thủ tục)",
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [("TK-KS", "Tờ khai đăng ký khai sinh", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.000894",
        "name": "Đăng ký kết hôn",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Hai bên nam, nữ nộp Tờ khai đăng ký kết hôn và giấy tờ theo quy định tại Bộ "
            "phận Một cửa của Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên hoặc nộp "
            "trực tuyến trên Cổng Dịch vụ công quốc gia.\nBước 2: Công chức làm công tác hộ tịch "
            "kiểm tra hồ sơ, khai thác thông tin về tình trạng hôn nhân trong Cơ sở dữ liệu hộ "
            "tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư.\n"
            "Bước 3: Xét thấy hai bên đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình, công "
            "chức ghi việc kết hôn vào Sổ đăng ký kết hôn và trình Chủ tịch Ủy ban nhân dân cấp xã "
            "ký Giấy chứng nhận kết hôn.\nBước 4: Hai bên nam, nữ cùng có mặt, kiểm tra thông tin, "
            "ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn; mỗi bên được cấp 01 bản chính "
            "Giấy chứng nhận kết hôn."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (None, "within_day"),
        "time_limit_note": (
            "Ngay trong ngày tiếp nhận đủ hồ sơ. Trường hợp cần xác minh điều kiện kết hôn thì "
            "thời hạn giải quyết không quá 05 ngày làm việc."
        ),
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên)",
        "fees": "Miễn lệ phí đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước.",
        "fee_bearing": False,
        "components": [
            (
                "Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể dùng chung một Tờ khai)",
                1,
                0,
                True,
                "TK-KH",
            ),
            (
                (
                    "Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại xã không "
                    "phải nơi thường trú của người yêu cầu)"
                ),
                1,
                0,
                False,
                None,
            ),
            (
                (
                    "Bản án, quyết định ly hôn đã có hiệu lực pháp luật (đối với người đã ly hôn "
                    "mà thông tin chưa có trong cơ sở dữ liệu)"
                ),
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [("TK-KH", "Tờ khai đăng ký kết hôn", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP", "52/2014/QH13"],
    },
    {
        "code": "1.000656",
        "name": "Đăng ký khai tử",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Người thân thích của người chết hoặc cá nhân, tổ chức có liên quan nộp hồ sơ "
            "tại Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết trong thời hạn 15 ngày "
            "kể từ ngày có người chết.\nBước 2: Công chức làm công tác hộ tịch kiểm tra hồ sơ; hồ "
            "sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.\nBước 3: Việc khai tử đúng quy định thì "
            "công chức ghi vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử và trình "
            "Chủ tịch Ủy ban nhân dân cấp xã ký Trích lục khai tử.\n"
            "Bước 4: Người đi đăng ký khai tử ký vào Sổ đăng ký khai tử và nhận Trích lục khai tử."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (None, "within_day"),
        "time_limit_note": (
            "Trường hợp cần xác minh thì thời hạn giải quyết không quá 03 ngày làm việc."
        ),
        "target_group": "Người thân thích của người chết; cá nhân, tổ chức có liên quan",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Trích lục khai tử (bản chính)",
        "fees": (
            "Miễn lệ phí đăng ký khai tử đúng hạn. Đăng ký khai tử quá hạn: lệ phí theo Nghị quyết "
            "của Hội đồng nhân dân tỉnh. Miễn lệ phí đối với người thuộc gia đình có công với cách "
            "mạng, người thuộc hộ nghèo, người khuyết tật."
        ),
        "fee_bearing": False,
        "components": [
            ("Tờ khai đăng ký khai tử theo mẫu", 1, 0, True, "TK-KT"),
            (
                "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp",
                1,
                0,
                True,
                None,
            ),
            (
                "Văn bản ủy quyền được chứng thực (trường hợp ủy quyền thực hiện thủ tục)",
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [("TK-KT", "Tờ khai đăng ký khai tử", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.004873",
        "name": "Cấp giấy xác nhận tình trạng hôn nhân",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Người yêu cầu nộp Tờ khai cấp Giấy xác nhận tình trạng hôn nhân tại Ủy ban "
            "nhân dân cấp xã nơi thường trú hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Công chức làm công tác hộ tịch kiểm tra hồ sơ, tra cứu thông tin về tình "
            "trạng hôn nhân trong Cơ sở dữ liệu hộ tịch điện tử.\n"
            "Bước 3: Người yêu cầu đủ điều kiện thì công chức trình Chủ tịch Ủy ban nhân dân cấp "
            "xã ký Giấy xác nhận tình trạng hôn nhân.\nBước 4: Trả Giấy xác nhận tình trạng hôn "
            "nhân trực tiếp, qua dịch vụ bưu chính hoặc bản điện tử trên Cổng Dịch vụ công quốc "
            "gia."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": (
            "Trường hợp phải xác minh tình trạng hôn nhân tại nơi cư trú trước đây thì thời hạn "
            "được kéo dài theo quy định tại Nghị định số 123/2015/NĐ-CP."
        ),
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy xác nhận tình trạng hôn nhân (có giá trị sử dụng 06 tháng kể từ ngày cấp)",
        "fees": (
            "Lệ phí: 15.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh). Miễn lệ "
            "phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người "
            "khuyết tật."
        ),
        "fee_bearing": True,
        "components": [
            ("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu", 1, 0, True, "TK-XNHN"),
            (
                "Giấy xác nhận tình trạng hôn nhân đã cấp trước đây (trường hợp đề nghị cấp lại)",
                1,
                0,
                False,
                None,
            ),
            (
                "Bản án, quyết định ly hôn hoặc giấy tờ chứng minh việc vợ, chồng đã chết (nếu có)",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "TK-XNHN",
                "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
                "docx",
                "2020-07-16",
                None,
            ),
        ],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.001022",
        "name": "Đăng ký nhận cha, mẹ, con",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch xác minh; nếu việc nhận cha, mẹ, con là đúng "
            "và không có tranh chấp thì ghi vào Sổ hộ tịch, trình Chủ tịch Ủy ban nhân dân cấp xã "
            "ký Trích lục đăng ký nhận cha, mẹ, con.\nBước 4: Trả kết quả tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": (
            "Trường hợp cần xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc."
        ),
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Trích lục đăng ký nhận cha, mẹ, con",
        "fees": (
            "Lệ phí: 15.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh). Miễn lệ "
            "phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người "
            "khuyết tật."
        ),
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", 1, 0, True, "TK-NCMC"),
            (
                (
                    "Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác "
                    "nhận quan hệ cha, mẹ, con; trường hợp không có thì thư từ, ảnh, phim và ít "
                    "nhất hai người làm chứng"
                ),
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [("TK-NCMC", "Tờ khai đăng ký nhận cha, mẹ, con", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.000689",
        "name": "Đăng ký khai sinh kết hợp nhận cha, mẹ, con",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra chứng cứ chứng minh quan hệ cha, mẹ, "
            "con; nếu hợp lệ thì ghi vào Sổ đăng ký khai sinh và Sổ đăng ký nhận cha, mẹ, con, "
            "trình Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh và Trích lục.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con",
        "fees": (
            "Miễn lệ phí đăng ký khai sinh đúng hạn; lệ phí nhận cha, mẹ, con: 15.000 đồng/trường "
            "hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, True, "TK-KS"),
            ("Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", 1, 0, True, "TK-NCMC"),
            ("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", 1, 0, True, None),
            ("Chứng cứ chứng minh quan hệ cha, mẹ, con", 1, 0, True, None),
        ],
        "forms": [
            ("TK-KS", "Tờ khai đăng ký khai sinh", "docx", "2020-07-16", None),
            ("TK-NCMC", "Tờ khai đăng ký nhận cha, mẹ, con", "docx", "2020-07-16", None),
        ],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.004837",
        "name": "Đăng ký giám hộ",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra điều kiện của người giám hộ theo Bộ "
            "luật Dân sự; nếu đủ điều kiện thì ghi vào Sổ đăng ký giám hộ và trình Chủ tịch Ủy ban "
            "nhân dân cấp xã ký Trích lục đăng ký giám hộ.\nBước 4: Trả kết quả tại Bộ phận Một "
            "cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp "
            "hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Trích lục đăng ký giám hộ",
        "fees": "Miễn lệ phí đăng ký giám hộ.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai đăng ký giám hộ theo mẫu", 1, 0, True, "TK-GH"),
            (
                "Văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [("TK-GH", "Tờ khai đăng ký giám hộ", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.004845",
        "name": "Đăng ký chấm dứt giám hộ",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra căn cứ chấm dứt giám hộ; nếu đúng quy "
            "định thì ghi vào Sổ đăng ký giám hộ và trình Chủ tịch Ủy ban nhân dân cấp xã ký Trích "
            "lục.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua "
            "dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (2, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Trích lục đăng ký chấm dứt giám hộ",
        "fees": "Miễn lệ phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai đăng ký chấm dứt giám hộ theo mẫu", 1, 0, True, "TK-CDGH"),
            ("Giấy tờ chứng minh điều kiện chấm dứt giám hộ", 1, 0, True, None),
        ],
        "forms": [("TK-CDGH", "Tờ khai đăng ký chấm dứt giám hộ", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.004859",
        "name": "Thay đổi, cải chính, bổ sung, xác định lại dân tộc trong hồ sơ hộ tịch",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra căn cứ thay đổi, cải chính, bổ sung "
            "thông tin; nếu phù hợp thì ghi vào Sổ hộ tịch, trình Chủ tịch Ủy ban nhân dân cấp xã "
            "ký Trích lục và ghi chú nội dung vào bản chính giấy tờ hộ tịch.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": (
            "Trường hợp cần xác minh thì thời hạn được kéo dài thêm không quá 03 ngày làm việc."
        ),
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": (
            "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc; nội "
            "dung được ghi chú vào bản chính giấy tờ hộ tịch"
        ),
        "fees": (
            "Lệ phí: 15.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh); miễn lệ "
            "phí đối với trường hợp bổ sung thông tin hộ tịch."
        ),
        "fee_bearing": True,
        "components": [
            (
                (
                    "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại "
                    "dân tộc theo mẫu"
                ),
                1,
                0,
                True,
                "TK-TĐCC",
            ),
            (
                "Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin",
                0,
                1,
                True,
                None,
            ),
            ("Bản chính giấy tờ hộ tịch có nội dung cần thay đổi, cải chính", 1, 0, True, None),
        ],
        "forms": [
            (
                "TK-TĐCC",
                (
                    "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại "
                    "dân tộc"
                ),
                "docx",
                "2020-07-16",
                None,
            ),
        ],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.004884",
        "name": "Đăng ký lại khai sinh",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh; trường hợp việc khai sinh "
            "đã được đăng ký trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch "
            "đều bị mất thì báo cáo Chủ tịch Ủy ban nhân dân cấp xã quyết định đăng ký lại.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": (
            "Trường hợp phải xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc."
        ),
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy khai sinh (đăng ký lại)",
        "fees": "Lệ phí: 10.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký lại khai sinh theo mẫu", 1, 0, True, "TK-DLKS"),
            (
                "Bản sao giấy tờ khai sinh hoặc giấy tờ, tài liệu có nội dung liên quan (nếu có)",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [("TK-DLKS", "Tờ khai đăng ký lại khai sinh", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.004746",
        "name": "Đăng ký lại kết hôn",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh; trường hợp việc kết hôn đã "
            "được đăng ký trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều "
            "bị mất thì báo cáo Chủ tịch Ủy ban nhân dân cấp xã quyết định đăng ký lại.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": (
            "Trường hợp phải xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc."
        ),
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy chứng nhận kết hôn (đăng ký lại)",
        "fees": "Lệ phí: 10.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký lại kết hôn theo mẫu", 1, 0, True, "TK-DLKH"),
            (
                "Bản sao giấy tờ kết hôn hoặc giấy tờ, tài liệu có nội dung liên quan (nếu có)",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [("TK-DLKH", "Tờ khai đăng ký lại kết hôn", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.005461",
        "name": "Đăng ký lại khai tử",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh; trường hợp việc khai tử đã "
            "được đăng ký trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều "
            "bị mất thì báo cáo Chủ tịch Ủy ban nhân dân cấp xã quyết định đăng ký lại.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": (
            "Trường hợp phải xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc."
        ),
        "target_group": "Công dân Việt Nam cư trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Trích lục khai tử (đăng ký lại)",
        "fees": "Lệ phí: 10.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký lại khai tử theo mẫu", 1, 0, True, "TK-DLKT"),
            (
                "Bản sao giấy tờ khai tử hoặc giấy tờ, tài liệu có nội dung liên quan (nếu có)",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [("TK-DLKT", "Tờ khai đăng ký lại khai tử", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.004772",
        "name": "Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra hồ sơ, giấy tờ cá nhân; nếu thông tin "
            "phù hợp thì ghi vào Sổ đăng ký khai sinh theo thông tin trên giấy tờ và trình Chủ "
            "tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh.\nBước 4: Trả kết quả tại Bộ phận Một "
            "cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp "
            "hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân Việt Nam cư trú ở trong nước chưa được đăng ký khai sinh",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy khai sinh (bản chính)",
        "fees": "Lệ phí: 10.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, True, "TK-KS"),
            (
                (
                    "Giấy tờ, tài liệu có thông tin về họ tên, ngày sinh, quê quán (học bạ, văn "
                    "bằng, hồ sơ công chức, viên chức...)"
                ),
                0,
                1,
                True,
                None,
            ),
            ("Văn bản cam đoan về việc chưa được đăng ký khai sinh", 1, 0, True, None),
        ],
        "forms": [("TK-KS", "Tờ khai đăng ký khai sinh", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "2.000635",
        "name": "Cấp bản sao trích lục hộ tịch",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện "
            "tử và trình Chủ tịch Ủy ban nhân dân cấp xã ký bản sao trích lục hộ tịch.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (8, "working_hours"),
        "time_limit_note": "Yêu cầu nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
        "target_group": "Cá nhân, tổ chức có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Bản sao trích lục hộ tịch",
        "fees": "Phí: 8.000 đồng/bản sao trích lục (theo Thông tư số 281/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            ("Tờ khai cấp bản sao trích lục hộ tịch theo mẫu", 1, 0, True, "TK-BSTL"),
            (
                "Văn bản ủy quyền được chứng thực (trường hợp ủy quyền thực hiện thủ tục)",
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [("TK-BSTL", "Tờ khai cấp bản sao trích lục hộ tịch", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP", "281/2016/TT-BTC"],
    },
    {
        "code": "1.001695",
        "name": "Đăng ký khai sinh có yếu tố nước ngoài",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra hồ sơ, thỏa thuận lựa chọn quốc tịch "
            "của cha, mẹ; nếu hợp lệ thì ghi vào Sổ đăng ký khai sinh và trình Chủ tịch Ủy ban "
            "nhân dân cấp xã ký Giấy khai sinh.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy "
            "ban nhân dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": (
            "Thẩm quyền thực hiện chuyển từ cấp huyện về Ủy ban nhân dân cấp xã từ ngày 01/7/2025."
        ),
        "target_group": "Trẻ em sinh ra có cha hoặc mẹ là người nước ngoài, người không quốc tịch",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy khai sinh (bản chính)",
        "fees": (
            "Lệ phí: 75.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh); miễn lệ "
            "phí đối với người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật."
        ),
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, True, "TK-KS"),
            ("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", 1, 0, True, None),
            (
                (
                    "Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (đã được hợp "
                    "pháp hóa lãnh sự, dịch sang tiếng Việt khi cần)"
                ),
                1,
                0,
                False,
                None,
            ),
            ("Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của cha, mẹ", 0, 1, True, None),
        ],
        "forms": [("TK-KS", "Tờ khai đăng ký khai sinh", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP", "120/2025/NĐ-CP"],
    },
    {
        "code": "2.000806",
        "name": "Đăng ký kết hôn có yếu tố nước ngoài",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch nghiên cứu, xác minh hồ sơ; trường hợp cần "
            "thiết phỏng vấn hai bên nam, nữ để làm rõ sự tự nguyện kết hôn và mức độ hiểu biết về "
            "hoàn cảnh của nhau.\nBước 4: Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận kết "
            "hôn; tổ chức trao Giấy chứng nhận kết hôn khi hai bên nam, nữ cùng có mặt.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": (
            "Thẩm quyền thực hiện chuyển từ cấp huyện về Ủy ban nhân dân cấp xã từ ngày 01/7/2025."
        ),
        "target_group": "Công dân Việt Nam kết hôn với người nước ngoài hoặc người không quốc tịch",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy chứng nhận kết hôn",
        "fees": "Lệ phí: 1.500.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký kết hôn theo mẫu", 1, 0, True, "TK-KH"),
            (
                (
                    "Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có "
                    "thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự và dịch sang "
                    "tiếng Việt"
                ),
                1,
                0,
                True,
                None,
            ),
            (
                (
                    "Giấy xác nhận của tổ chức y tế về việc không mắc bệnh tâm thần hoặc bệnh khác "
                    "mà không có khả năng nhận thức, làm chủ được hành vi của mình"
                ),
                1,
                0,
                True,
                None,
            ),
            (
                "Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài",
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [("TK-KH", "Tờ khai đăng ký kết hôn", "docx", "2020-07-16", None)],
        "legal_basis": [
            "60/2014/QH13",
            "123/2015/NĐ-CP",
            "04/2020/TT-BTP",
            "120/2025/NĐ-CP",
            "52/2014/QH13",
        ],
    },
    {
        "code": "2.000779",
        "name": "Đăng ký khai tử có yếu tố nước ngoài",
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra hồ sơ, ghi vào Sổ đăng ký khai tử, "
            "trình Chủ tịch Ủy ban nhân dân cấp xã ký Trích lục khai tử và thông báo cho cơ quan "
            "có thẩm quyền của nước mà người chết là công dân.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": (
            "Thẩm quyền thực hiện chuyển từ cấp huyện về Ủy ban nhân dân cấp xã từ ngày 01/7/2025."
        ),
        "target_group": (
            "Người thân thích của người nước ngoài, người không quốc tịch chết tại Việt Nam"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Trích lục khai tử (bản chính)",
        "fees": "Lệ phí: 75.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Tờ khai đăng ký khai tử theo mẫu", 1, 0, True, "TK-KT"),
            ("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", 1, 0, True, None),
        ],
        "forms": [("TK-KT", "Tờ khai đăng ký khai tử", "docx", "2020-07-16", None)],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP", "120/2025/NĐ-CP"],
    },
    {
        "code": "2.000547",
        "name": (
            "Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan "
            "có thẩm quyền của nước ngoài"
        ),
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra hồ sơ; nếu việc kết hôn phù hợp pháp "
            "luật Việt Nam thì ghi vào Sổ hộ tịch và trình Chủ tịch Ủy ban nhân dân cấp xã ký "
            "Trích lục ghi chú kết hôn.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân "
            "dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": (
            "Thẩm quyền thực hiện chuyển từ cấp huyện về Ủy ban nhân dân cấp xã từ ngày 01/7/2025."
        ),
        "target_group": "Công dân Việt Nam đã kết hôn tại cơ quan có thẩm quyền của nước ngoài",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Trích lục ghi chú kết hôn",
        "fees": "Lệ phí: 75.000 đồng/trường hợp (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Tờ khai ghi vào Sổ hộ tịch việc kết hôn theo mẫu", 1, 0, True, "TK-GCKH"),
            (
                (
                    "Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền của nước "
                    "ngoài cấp (đã hợp pháp hóa lãnh sự, dịch sang tiếng Việt)"
                ),
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [
            ("TK-GCKH", "Tờ khai ghi vào Sổ hộ tịch việc kết hôn", "docx", "2020-07-16", None),
        ],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP", "120/2025/NĐ-CP"],
    },
    {
        "code": "1.010804",
        "name": (
            "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo "
            "hiểm y tế cho trẻ em dưới 6 tuổi"
        ),
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Người yêu cầu nộp hồ sơ liên thông trực tuyến trên Cổng Dịch vụ công quốc "
            "gia, ứng dụng định danh điện tử hoặc tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.\n"
            "Bước 2: Ủy ban nhân dân cấp xã giải quyết đăng ký khai sinh, cấp số định danh cá nhân "
            "cho trẻ em.\nBước 3: Hệ thống tự động chuyển thông tin để Công an cấp xã đăng ký "
            "thường trú và cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế cho trẻ em.\n"
            "Bước 4: Người yêu cầu nhận Giấy khai sinh, thông báo kết quả đăng ký thường trú và "
            "thẻ bảo hiểm y tế (bản điện tử hoặc bản giấy)."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": (
            "Đăng ký khai sinh: ngay trong ngày; đăng ký thường trú và cấp thẻ bảo hiểm y tế: theo "
            "thời hạn của từng thủ tục, tổng thời gian không quá 03 ngày làm việc."
        ),
        "target_group": "Cha, mẹ hoặc người đại diện của trẻ em dưới 6 tuổi",
        "implementing_agency": "Ủy ban nhân dân cấp xã; Công an cấp xã; Bảo hiểm xã hội cơ sở",
        "result": "Giấy khai sinh; thông báo kết quả đăng ký thường trú; thẻ bảo hiểm y tế",
        "fees": (
            "Miễn lệ phí đăng ký khai sinh, đăng ký thường trú; thẻ bảo hiểm y tế do ngân sách nhà "
            "nước đóng."
        ),
        "fee_bearing": False,
        "components": [
            (
                (
                    "Tờ khai điện tử liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo "
                    "hiểm y tế"
                ),
                1,
                0,
                True,
                "TK-LT",
            ),
            ("Giấy chứng sinh (bản điện tử hoặc bản chụp)", 1, 0, True, None),
            (
                (
                    "Văn bản đồng ý cho đăng ký thường trú của chủ hộ hoặc chủ sở hữu chỗ ở hợp "
                    "pháp (nếu có)"
                ),
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "TK-LT",
                "Tờ khai liên thông khai sinh - thường trú - bảo hiểm y tế",
                "pdf",
                "2023-07-01",
                None,
            ),
        ],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"],
    },
    {
        "code": "1.010805",
        "name": (
            "Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế "
            "độ tử tuất, hỗ trợ chi phí mai táng"
        ),
        "field": "Hộ tịch",
        "level": "commune",
        "steps": (
            "Bước 1: Thân nhân người chết nộp hồ sơ liên thông trực tuyến hoặc tại Bộ phận Một cửa "
            "của Ủy ban nhân dân cấp xã.\nBước 2: Ủy ban nhân dân cấp xã đăng ký khai tử và chuyển "
            "thông tin cho Công an cấp xã để xóa đăng ký thường trú.\n"
            "Bước 3: Cơ quan bảo hiểm xã hội hoặc Ủy ban nhân dân cấp xã giải quyết chế độ tử "
            "tuất, mai táng phí theo đối tượng.\nBước 4: Trả Trích lục khai tử và quyết định giải "
            "quyết chế độ cho người yêu cầu."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Thân nhân của người chết",
        "implementing_agency": "Ủy ban nhân dân cấp xã; Công an cấp xã; Bảo hiểm xã hội cơ sở",
        "result": (
            "Trích lục khai tử; thông tin xóa đăng ký thường trú; quyết định hưởng chế độ tử tuất "
            "hoặc hỗ trợ chi phí mai táng"
        ),
        "fees": "Miễn lệ phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai điện tử liên thông theo mẫu", 1, 0, True, "TK-LTKT"),
            ("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", 1, 0, True, None),
            (
                (
                    "Giấy tờ chứng minh người chết thuộc đối tượng hưởng chế độ tử tuất hoặc mai "
                    "táng phí (nếu thông tin chưa có trong cơ sở dữ liệu)"
                ),
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "TK-LTKT",
                "Tờ khai liên thông khai tử - xóa thường trú - mai táng phí",
                "pdf",
                "2023-07-01",
                None,
            ),
        ],
        "legal_basis": ["60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP", "20/2021/NĐ-CP"],
    },
    {
        "code": "2.000815",
        "name": (
            "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của "
            "Việt Nam cấp hoặc chứng nhận"
        ),
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Người yêu cầu chứng thực xuất trình bản chính giấy tờ, văn bản và bản sao cần "
            "chứng thực (hoặc đề nghị chụp từ bản chính) tại Bộ phận Một cửa của Ủy ban nhân dân "
            "cấp xã.\nBước 2: Người tiếp nhận kiểm tra bản chính, đối chiếu với bản sao; bản chính "
            "bị tẩy xóa, sửa chữa, hư hỏng, cũ nát không xác định được nội dung hoặc thuộc trường "
            "hợp không được chứng thực thì từ chối và giải thích rõ lý do.\n"
            "Bước 3: Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu của Ủy "
            "ban nhân dân cấp xã và ghi vào sổ chứng thực; bản sao từ 02 trang trở lên thì đóng "
            "dấu giáp lai.\nBước 4: Người yêu cầu nộp phí và nhận bản sao đã được chứng thực."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (None, "within_day"),
        "time_limit_note": (
            "Trong ngày tiếp nhận yêu cầu; yêu cầu tiếp nhận sau 15 giờ thì trả kết quả trong ngày "
            "làm việc tiếp theo. Yêu cầu chứng thực với số lượng lớn thì thời hạn theo thỏa thuận "
            "bằng văn bản."
        ),
        "target_group": "Cá nhân, tổ chức có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Bản sao được chứng thực từ bản chính (bản giấy hoặc bản điện tử)",
        "fees": (
            "Phí: 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá "
            "200.000 đồng/bản (theo Thông tư số 226/2016/TT-BTC)."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao (xuất trình)",
                1,
                0,
                True,
                None,
            ),
            (
                "Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị bản chụp)",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.000884",
        "name": "Chứng thực chữ ký trong các giấy tờ, văn bản",
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Người yêu cầu chứng thực xuất trình giấy tờ tùy thân còn giá trị sử dụng và "
            "nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.\n"
            "Bước 2: Người thực hiện chứng thực kiểm tra giấy tờ; người yêu cầu chứng thực phải "
            "minh mẫn, nhận thức và làm chủ được hành vi của mình, giấy tờ, văn bản không có nội "
            "dung trái pháp luật, đạo đức xã hội.\nBước 3: Người yêu cầu ký trước mặt người thực "
            "hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng "
            "dấu và ghi vào sổ chứng thực.\nBước 4: Người yêu cầu nộp phí và nhận giấy tờ, văn bản "
            "đã được chứng thực chữ ký."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (None, "within_day"),
        "time_limit_note": (
            "Trong ngày tiếp nhận yêu cầu; yêu cầu tiếp nhận sau 15 giờ thì trả kết quả trong ngày "
            "làm việc tiếp theo."
        ),
        "target_group": "Cá nhân có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy tờ, văn bản đã được chứng thực chữ ký",
        "fees": "Phí: 10.000 đồng/trường hợp (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
            ("Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.001035",
        "name": "Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật",
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, "
            "hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một "
            "lần.\nBước 3: Người dịch ký trước mặt người thực hiện chứng thực; người thực hiện "
            "chứng thực kiểm tra bằng cử nhân ngoại ngữ hoặc bằng tốt nghiệp đại học chuyên ngành "
            "tiếng nước ngoài của người dịch, ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng "
            "thực.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu "
            "cầu của người nộp hồ sơ."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (None, "within_day"),
        "time_limit_note": (
            "Trong ngày tiếp nhận yêu cầu; yêu cầu tiếp nhận sau 15 giờ thì trả kết quả trong ngày "
            "làm việc tiếp theo."
        ),
        "target_group": (
            "Người dịch có bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Bản dịch đã được chứng thực chữ ký người dịch",
        "fees": "Phí: 10.000 đồng/trường hợp (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
            ("Bản dịch đính kèm giấy tờ, văn bản cần dịch", 1, 0, True, None),
            ("Bản sao bằng tốt nghiệp, chứng chỉ ngoại ngữ của người dịch", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC", "120/2025/NĐ-CP"],
    },
    {
        "code": "2.001044",
        "name": (
            "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất "
            "và nhà ở"
        ),
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, "
            "hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một "
            "lần.\nBước 3: Người thực hiện chứng thực kiểm tra giấy tờ, năng lực hành vi dân sự và "
            "sự tự nguyện của các bên; các bên ký trước mặt người thực hiện chứng thực.\n"
            "Bước 4: Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu của Ủy ban nhân dân "
            "cấp xã và ghi vào sổ chứng thực hợp đồng, giao dịch.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (2, "working_days"),
        "time_limit_note": (
            "Thời hạn có thể kéo dài theo thỏa thuận bằng văn bản giữa người yêu cầu chứng thực và "
            "cơ quan thực hiện chứng thực."
        ),
        "target_group": "Cá nhân có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Hợp đồng, giao dịch, văn bản đã được chứng thực",
        "fees": "Phí: 50.000 đồng/hợp đồng, giao dịch (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            ("Dự thảo hợp đồng, giao dịch", 1, 0, True, None),
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
            (
                (
                    "Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với "
                    "đất hoặc giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản (xuất trình "
                    "bản chính)"
                ),
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.001016",
        "name": "Chứng thực di chúc",
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, "
            "hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một "
            "lần.\nBước 3: Người thực hiện chứng thực kiểm tra giấy tờ, năng lực hành vi dân sự và "
            "sự tự nguyện của các bên; các bên ký trước mặt người thực hiện chứng thực.\n"
            "Bước 4: Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu của Ủy ban nhân dân "
            "cấp xã và ghi vào sổ chứng thực hợp đồng, giao dịch.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (2, "working_days"),
        "time_limit_note": (
            "Thời hạn có thể kéo dài theo thỏa thuận bằng văn bản giữa người yêu cầu chứng thực và "
            "cơ quan thực hiện chứng thực."
        ),
        "target_group": "Cá nhân có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Hợp đồng, giao dịch, văn bản đã được chứng thực",
        "fees": "Phí: 50.000 đồng/di chúc (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            ("Dự thảo di chúc", 1, 0, True, None),
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
            (
                (
                    "Bản sao giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản (đối với di "
                    "chúc liên quan đến tài sản phải đăng ký)"
                ),
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.001019",
        "name": (
            "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng "
            "đất, nhà ở"
        ),
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, "
            "hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một "
            "lần.\nBước 3: Người thực hiện chứng thực kiểm tra giấy tờ, năng lực hành vi dân sự và "
            "sự tự nguyện của các bên; các bên ký trước mặt người thực hiện chứng thực.\n"
            "Bước 4: Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu của Ủy ban nhân dân "
            "cấp xã và ghi vào sổ chứng thực hợp đồng, giao dịch.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (2, "working_days"),
        "time_limit_note": (
            "Không tính thời gian niêm yết 15 ngày tại trụ sở Ủy ban nhân dân cấp xã nơi có bất "
            "động sản."
        ),
        "target_group": "Cá nhân có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Hợp đồng, giao dịch, văn bản đã được chứng thực",
        "fees": "Phí: 50.000 đồng/văn bản (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            ("Dự thảo văn bản thỏa thuận phân chia di sản", 1, 0, True, None),
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
            (
                (
                    "Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với "
                    "đất hoặc giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản (xuất trình "
                    "bản chính)"
                ),
                0,
                1,
                True,
                None,
            ),
            (
                (
                    "Bản sao giấy tờ chứng minh quan hệ giữa người để lại di sản và người được "
                    "hưởng di sản"
                ),
                0,
                1,
                True,
                None,
            ),
            ("Bản sao giấy tờ chứng minh người để lại di sản đã chết", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.001008",
        "name": (
            "Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở"
        ),
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, "
            "hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một "
            "lần.\nBước 3: Người thực hiện chứng thực kiểm tra giấy tờ, năng lực hành vi dân sự và "
            "sự tự nguyện của các bên; các bên ký trước mặt người thực hiện chứng thực.\n"
            "Bước 4: Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu của Ủy ban nhân dân "
            "cấp xã và ghi vào sổ chứng thực hợp đồng, giao dịch.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (2, "working_days"),
        "time_limit_note": (
            "Không tính thời gian niêm yết 15 ngày tại trụ sở Ủy ban nhân dân cấp xã nơi có bất "
            "động sản."
        ),
        "target_group": "Cá nhân có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Hợp đồng, giao dịch, văn bản đã được chứng thực",
        "fees": "Phí: 50.000 đồng/văn bản (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            ("Dự thảo văn bản khai nhận di sản", 1, 0, True, None),
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
            (
                (
                    "Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với "
                    "đất hoặc giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản (xuất trình "
                    "bản chính)"
                ),
                0,
                1,
                True,
                None,
            ),
            ("Bản sao giấy tờ chứng minh người để lại di sản đã chết", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.001050",
        "name": "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, "
            "hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một "
            "lần.\nBước 3: Người thực hiện chứng thực kiểm tra giấy tờ, năng lực hành vi dân sự và "
            "sự tự nguyện của các bên; các bên ký trước mặt người thực hiện chứng thực.\n"
            "Bước 4: Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu của Ủy ban nhân dân "
            "cấp xã và ghi vào sổ chứng thực hợp đồng, giao dịch.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (2, "working_days"),
        "time_limit_note": (
            "Thời hạn có thể kéo dài theo thỏa thuận bằng văn bản giữa người yêu cầu chứng thực và "
            "cơ quan thực hiện chứng thực."
        ),
        "target_group": "Cá nhân có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Hợp đồng, giao dịch, văn bản đã được chứng thực",
        "fees": "Phí: 30.000 đồng/hợp đồng, giao dịch (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            ("Dự thảo hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ", 1, 0, True, None),
            ("Hợp đồng, giao dịch đã được chứng thực", 1, 0, True, None),
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.001406",
        "name": "Chứng thực văn bản từ chối nhận di sản",
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, "
            "hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một "
            "lần.\nBước 3: Người thực hiện chứng thực kiểm tra giấy tờ, năng lực hành vi dân sự và "
            "sự tự nguyện của các bên; các bên ký trước mặt người thực hiện chứng thực.\n"
            "Bước 4: Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu của Ủy ban nhân dân "
            "cấp xã và ghi vào sổ chứng thực hợp đồng, giao dịch.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (2, "working_days"),
        "time_limit_note": (
            "Thời hạn có thể kéo dài theo thỏa thuận bằng văn bản giữa người yêu cầu chứng thực và "
            "cơ quan thực hiện chứng thực."
        ),
        "target_group": "Cá nhân có yêu cầu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Hợp đồng, giao dịch, văn bản đã được chứng thực",
        "fees": "Phí: 50.000 đồng/văn bản (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [
            ("Dự thảo văn bản từ chối nhận di sản", 1, 0, True, None),
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.001052",
        "name": "Sửa lỗi sai sót trong hợp đồng, giao dịch",
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, "
            "hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một "
            "lần.\nBước 3: Người thực hiện chứng thực kiểm tra lỗi sai sót do ghi chép, đánh máy, "
            "in hợp đồng, giao dịch; các bên cùng ký vào phần sửa chữa và người thực hiện chứng "
            "thực ghi lời chứng, đóng dấu.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban "
            "nhân dân cấp xã theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (8, "working_hours"),
        "time_limit_note": "",
        "target_group": "Các bên giao kết hợp đồng, giao dịch đã được chứng thực",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Hợp đồng, giao dịch đã được sửa lỗi sai sót",
        "fees": "Phí: 25.000 đồng/hợp đồng, giao dịch (theo Thông tư số 226/2016/TT-BTC).",
        "fee_bearing": True,
        "components": [("Hợp đồng, giao dịch đã được chứng thực có lỗi sai sót", 1, 0, True, None)],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "2.001055",
        "name": "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
        "field": "Chứng thực",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Người thực hiện chứng thực kiểm tra quyền yêu cầu cấp bản sao, căn cứ bản "
            "chính hợp đồng, giao dịch đang lưu trữ để cấp bản sao có chứng thực.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (4, "working_hours"),
        "time_limit_note": "",
        "target_group": "Các bên tham gia hợp đồng, giao dịch; người có quyền, nghĩa vụ liên quan",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Bản sao có chứng thực hợp đồng, giao dịch",
        "fees": (
            "Phí: 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá "
            "200.000 đồng/bản."
        ),
        "fee_bearing": True,
        "components": [
            ("Phiếu yêu cầu cấp bản sao", 1, 0, True, None),
            (
                (
                    "Bản sao Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị sử dụng của "
                    "người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)"
                ),
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["23/2015/NĐ-CP", "01/2020/TT-BTP", "226/2016/TT-BTC"],
    },
    {
        "code": "1.003005",
        "name": "Đăng ký việc nuôi con nuôi trong nước",
        "field": "Nuôi con nuôi",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã kiểm tra hồ sơ, lấy ý kiến của cha mẹ đẻ hoặc người "
            "giám hộ và của trẻ em từ đủ 09 tuổi trở lên về việc cho trẻ em làm con nuôi.\n"
            "Bước 4: Người nhận con nuôi đủ điều kiện thì Ủy ban nhân dân cấp xã đăng ký việc nuôi "
            "con nuôi, tổ chức giao nhận con nuôi và trao Giấy chứng nhận nuôi con nuôi.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "Tính từ ngày Ủy ban nhân dân cấp xã nhận đủ hồ sơ hợp lệ.",
        "target_group": "Công dân Việt Nam thường trú ở trong nước",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy chứng nhận nuôi con nuôi; quyết định giao nhận con nuôi",
        "fees": (
            "Lệ phí: 400.000 đồng/trường hợp; miễn lệ phí đối với cha dượng, mẹ kế nhận con riêng "
            "của vợ hoặc chồng, cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn xin nhận con nuôi theo mẫu", 1, 0, True, "ĐNCN"),
            ("Phiếu lý lịch tư pháp của người nhận con nuôi", 1, 0, True, None),
            (
                "Văn bản xác nhận tình trạng sức khỏe của người nhận con nuôi do tổ chức y tế cấp",
                1,
                0,
                True,
                None,
            ),
            (
                (
                    "Văn bản xác nhận hoàn cảnh gia đình, tình trạng chỗ ở, điều kiện kinh tế của "
                    "người nhận con nuôi"
                ),
                1,
                0,
                True,
                None,
            ),
            ("Giấy khai sinh của người được nhận làm con nuôi", 0, 1, True, None),
            ("02 ảnh 4 x 6 cm hoặc 9 x 12 cm của trẻ em được nhận làm con nuôi", 2, 0, True, None),
        ],
        "forms": [
            (
                "ĐNCN",
                "Đơn xin nhận con nuôi (dùng cho trường hợp nuôi con nuôi trong nước)",
                "docx",
                "2012-02-15",
                None,
            ),
        ],
        "legal_basis": ["52/2010/QH12", "60/2014/QH13"],
    },
    {
        "code": "1.003055",
        "name": "Đăng ký lại việc nuôi con nuôi trong nước",
        "field": "Nuôi con nuôi",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh; việc nuôi con nuôi đã được "
            "đăng ký nhưng Sổ đăng ký và giấy tờ đều bị mất thì ghi vào Sổ đăng ký nuôi con nuôi "
            "và trình Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Cha mẹ nuôi, con nuôi đã được đăng ký nuôi con nuôi trước đây",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy chứng nhận nuôi con nuôi (đăng ký lại)",
        "fees": "Miễn lệ phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai đăng ký lại việc nuôi con nuôi", 1, 0, True, None),
            (
                "Bản sao giấy tờ, tài liệu chứng minh việc nuôi con nuôi đã được đăng ký (nếu có)",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["52/2010/QH12", "60/2014/QH13"],
    },
    {
        "code": "2.000930",
        "name": "Thủ tục công nhận hòa giải viên",
        "field": "Hòa giải ở cơ sở",
        "level": "commune",
        "steps": (
            "Bước 1: Trưởng ban công tác Mặt trận ở thôn, tổ dân phố phối hợp với trưởng thôn, tổ "
            "trưởng tổ dân phố tổ chức bầu hòa giải viên.\nBước 2: Trưởng ban công tác Mặt trận "
            "gửi văn bản đề nghị kèm biên bản bầu hòa giải viên đến Ủy ban nhân dân cấp xã.\n"
            "Bước 3: Chủ tịch Ủy ban nhân dân cấp xã xem xét, ra quyết định công nhận hòa giải "
            "viên; trường hợp không công nhận thì trả lời bằng văn bản và nêu rõ lý do."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân Việt Nam thường trú tại thôn, tổ dân phố",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định công nhận hòa giải viên",
        "fees": "Không quy định.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị công nhận hòa giải viên", 1, 0, True, None),
            ("Biên bản kết quả bầu hòa giải viên", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["35/2013/QH13", "15/2014/NĐ-CP"],
    },
    {
        "code": "2.000931",
        "name": "Thủ tục công nhận tổ trưởng tổ hòa giải",
        "field": "Hòa giải ở cơ sở",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ hòa giải tổ chức cuộc họp bầu tổ trưởng tổ hòa giải dưới sự hướng dẫn của "
            "Trưởng ban công tác Mặt trận.\nBước 2: Trưởng ban công tác Mặt trận gửi văn bản đề "
            "nghị đến Ủy ban nhân dân cấp xã.\nBước 3: Chủ tịch Ủy ban nhân dân cấp xã ra quyết "
            "định công nhận tổ trưởng tổ hòa giải."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Hòa giải viên của tổ hòa giải",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định công nhận tổ trưởng tổ hòa giải",
        "fees": "Không quy định.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị công nhận tổ trưởng tổ hòa giải", 1, 0, True, None),
            ("Biên bản kết quả bầu tổ trưởng tổ hòa giải", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["35/2013/QH13", "15/2014/NĐ-CP"],
    },
    {
        "code": "2.000932",
        "name": "Thủ tục thôi làm hòa giải viên",
        "field": "Hòa giải ở cơ sở",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ trưởng tổ hòa giải đề nghị Trưởng ban công tác Mặt trận xem xét việc thôi "
            "làm hòa giải viên.\nBước 2: Trưởng ban công tác Mặt trận gửi văn bản đề nghị kèm báo "
            "cáo của tổ hòa giải đến Ủy ban nhân dân cấp xã.\nBước 3: Chủ tịch Ủy ban nhân dân cấp "
            "xã ra quyết định cho thôi làm hòa giải viên."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Hòa giải viên",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        # INCOMPLETE (deliberate): empty result, for the publication completeness check.
        "result": "",
        "fees": "Không quy định.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị cho thôi làm hòa giải viên", 1, 0, True, None),
            (
                (
                    "Đơn xin thôi làm hòa giải viên hoặc báo cáo của tổ hòa giải về việc hòa giải "
                    "viên vi phạm quy định"
                ),
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["35/2013/QH13", "15/2014/NĐ-CP"],
    },
    {
        "code": "2.000933",
        "name": "Thủ tục thanh toán thù lao cho hòa giải viên",
        "field": "Hòa giải ở cơ sở",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ trưởng tổ hòa giải lập hồ sơ đề nghị thanh toán thù lao cho hòa giải viên "
            "theo vụ, việc và gửi Ủy ban nhân dân cấp xã.\nBước 2: Công chức tư pháp - hộ tịch "
            "kiểm tra hồ sơ, trình Chủ tịch Ủy ban nhân dân cấp xã quyết định.\n"
            "Bước 3: Ủy ban nhân dân cấp xã chi trả thù lao cho hòa giải viên."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "Chi trả trong thời hạn 05 ngày làm việc kể từ ngày có quyết định.",
        "target_group": "Hòa giải viên",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định thanh toán thù lao cho hòa giải viên",
        "fees": "Không quy định.",
        "fee_bearing": False,
        "components": [
            ("Giấy đề nghị thanh toán thù lao cho hòa giải viên theo mẫu", 1, 0, True, "MTL"),
            ("Biên bản hòa giải thành hoặc hòa giải không thành", 0, 1, True, None),
        ],
        "forms": [
            (
                "MTL",
                "Giấy đề nghị thanh toán thù lao cho hòa giải viên",
                "docx",
                "2014-04-15",
                None,
            ),
        ],
        "legal_basis": ["35/2013/QH13", "15/2014/NĐ-CP"],
    },
    {
        "code": "2.000934",
        "name": (
            "Thủ tục hỗ trợ cho hòa giải viên gặp tai nạn hoặc rủi ro ảnh hưởng đến sức khỏe, tính "
            "mạng trong khi thực hiện hoạt động hòa giải"
        ),
        "field": "Hòa giải ở cơ sở",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức tư pháp - hộ tịch xác minh tai nạn, rủi ro và trình Chủ tịch Ủy ban "
            "nhân dân cấp xã xem xét, quyết định mức hỗ trợ.\nBước 4: Trả kết quả tại Bộ phận Một "
            "cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp "
            "hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Hòa giải viên hoặc thân nhân của hòa giải viên",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định hỗ trợ cho hòa giải viên",
        "fees": "Không quy định.",
        "fee_bearing": False,
        "components": [
            ("Giấy đề nghị hỗ trợ", 1, 0, True, None),
            (
                (
                    "Văn bản xác nhận của Trưởng ban công tác Mặt trận về việc hòa giải viên gặp "
                    "tai nạn hoặc rủi ro trong khi thực hiện hoạt động hòa giải"
                ),
                1,
                0,
                True,
                None,
            ),
            ("Giấy tờ chứng minh chi phí khám bệnh, chữa bệnh", 0, 1, False, None),
            ("Giấy chứng tử (trường hợp hòa giải viên bị chết)", 0, 1, False, None),
        ],
        "forms": [],
        "legal_basis": ["35/2013/QH13", "15/2014/NĐ-CP"],
    },
    {
        "code": "2.000488",
        "name": (
            "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại "
            "Việt Nam"
        ),
        "field": "Lý lịch tư pháp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Tư pháp tra cứu thông tin lý lịch tư pháp, phối hợp với cơ quan công an, "
            "tòa án để xác minh thông tin về án tích, lập Phiếu lý lịch tư pháp.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": (
            "Trường hợp người được cấp Phiếu đã cư trú ở nhiều nơi, có thời gian cư trú ở nước "
            "ngoài, là người nước ngoài hoặc phải xác minh thì không quá 15 ngày."
        ),
        "target_group": "Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam",
        "implementing_agency": "Sở Tư pháp",
        "result": "Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử)",
        "fees": (
            "Phí: 200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt "
            "sĩ: 100.000 đồng/lần/người; miễn phí đối với trẻ em, người cao tuổi, người khuyết "
            "tật, người thuộc hộ nghèo."
        ),
        "fee_bearing": True,
        "components": [
            ("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu", 1, 0, True, "03-LLTP"),
            (
                "Bản chụp Căn cước, Căn cước công dân hoặc Hộ chiếu của người được cấp Phiếu",
                0,
                1,
                True,
                None,
            ),
            ("Văn bản ủy quyền (đối với Phiếu số 1, trường hợp ủy quyền)", 1, 0, False, None),
        ],
        "forms": [
            (
                "03-LLTP",
                "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho cá nhân)",
                "docx",
                "2013-12-30",
                None,
            ),
        ],
        "legal_basis": ["28/2009/QH12"],
    },
    {
        "code": "2.000505",
        "name": "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng",
        "field": "Lý lịch tư pháp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Tư pháp tra cứu, xác minh thông tin và lập Phiếu lý lịch tư pháp số 2 gửi "
            "cơ quan tiến hành tố tụng.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công "
            "tỉnh hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": (
            "Trường hợp khẩn cấp thì không quá 24 giờ kể từ thời điểm nhận được yêu cầu."
        ),
        "target_group": "Cơ quan tiến hành tố tụng",
        "implementing_agency": "Sở Tư pháp",
        "result": "Phiếu lý lịch tư pháp số 2",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu", 1, 0, True, "05-LLTP"),
        ],
        "forms": [
            (
                "05-LLTP",
                "Văn bản yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho cơ quan tiến hành tố tụng)",
                "docx",
                "2013-12-30",
                None,
            ),
        ],
        "legal_basis": ["28/2009/QH12"],
    },
    {
        "code": "2.000508",
        "name": (
            "Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị "
            "- xã hội"
        ),
        "field": "Lý lịch tư pháp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Tư pháp tra cứu, xác minh thông tin và lập Phiếu lý lịch tư pháp số 1.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội",
        "implementing_agency": "Sở Tư pháp",
        "result": "Phiếu lý lịch tư pháp số 1",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu", 1, 0, True, "04-LLTP"),
        ],
        "forms": [
            (
                "04-LLTP",
                "Văn bản yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho cơ quan, tổ chức)",
                "docx",
                "2013-12-30",
                None,
            ),
        ],
        "legal_basis": ["28/2009/QH12"],
    },
    {
        "code": "1.001071",
        "name": "Đăng ký hành nghề và cấp Thẻ công chứng viên",
        "field": "Bổ trợ tư pháp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Tư pháp kiểm tra hồ sơ, đăng ký hành nghề và cấp Thẻ công chứng viên cho "
            "người đã được bổ nhiệm công chứng viên.\nBước 4: Trả kết quả tại Trung tâm Phục vụ "
            "hành chính công tỉnh hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Công chứng viên đã được bổ nhiệm",
        "implementing_agency": "Sở Tư pháp",
        "result": "Thẻ công chứng viên",
        "fees": "Lệ phí: 100.000 đồng/thẻ.",
        "fee_bearing": True,
        "components": [
            (
                "Văn bản đề nghị đăng ký hành nghề của tổ chức hành nghề công chứng",
                1,
                0,
                True,
                None,
            ),
            ("Bản sao quyết định bổ nhiệm công chứng viên", 0, 1, True, None),
            (
                (
                    "Giấy tờ chứng minh là thành viên hoặc hợp đồng lao động với tổ chức hành nghề "
                    "công chứng"
                ),
                0,
                1,
                True,
                None,
            ),
            ("01 ảnh chân dung cỡ 2 x 3 cm", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["46/2024/QH15"],
    },
    {
        "code": "1.001125",
        "name": "Thành lập Văn phòng công chứng",
        "field": "Bổ trợ tư pháp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Tư pháp thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân tỉnh quyết định "
            "cho phép thành lập Văn phòng công chứng.\nBước 4: Văn phòng công chứng đăng ký hoạt "
            "động tại Sở Tư pháp sau khi có quyết định cho phép thành lập.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Công chứng viên",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Tư pháp",
        "result": "Quyết định cho phép thành lập Văn phòng công chứng",
        "fees": "Phí thẩm định điều kiện hoạt động Văn phòng công chứng: 1.000.000 đồng/hồ sơ.",
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị thành lập Văn phòng công chứng", 1, 0, True, None),
            ("Đề án thành lập Văn phòng công chứng", 1, 0, True, None),
            ("Bản sao quyết định bổ nhiệm công chứng viên", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["46/2024/QH15"],
    },
    {
        "code": "2.000587",
        "name": "Thủ tục yêu cầu trợ giúp pháp lý",
        "field": "Bổ trợ tư pháp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Trung tâm Trợ giúp pháp lý nhà nước kiểm tra điều kiện, thụ lý yêu cầu và "
            "phân công trợ giúp viên pháp lý hoặc luật sư thực hiện trợ giúp pháp lý.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (2, "working_days"),
        "time_limit_note": "Yêu cầu trợ giúp pháp lý được thụ lý ngay khi nhận đủ hồ sơ.",
        "target_group": (
            "Người được trợ giúp pháp lý: người có công với cách mạng, người thuộc hộ nghèo, trẻ "
            "em, người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó "
            "khăn và các đối tượng khác theo Luật Trợ giúp pháp lý"
        ),
        "implementing_agency": "Trung tâm Trợ giúp pháp lý nhà nước thuộc Sở Tư pháp",
        "result": "Vụ việc trợ giúp pháp lý được thụ lý và thực hiện",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn yêu cầu trợ giúp pháp lý theo mẫu", 1, 0, True, "TGPL-01"),
            ("Giấy tờ chứng minh là người được trợ giúp pháp lý", 0, 1, True, None),
            ("Các giấy tờ, tài liệu có liên quan đến vụ việc", 0, 1, False, None),
        ],
        "forms": [("TGPL-01", "Đơn yêu cầu trợ giúp pháp lý", "docx", "2018-03-15", None)],
        "legal_basis": ["11/2017/QH14"],
    },
    {
        "code": "1.003160",
        "name": (
            "Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em Việt Nam làm con "
            "nuôi"
        ),
        "field": "Nuôi con nuôi",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính.\nBước 2: Cán bộ, công chức tiếp nhận "
            "kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ "
            "sung, hoàn thiện một lần.\nBước 3: Sở Tư pháp kiểm tra hồ sơ, lấy ý kiến của những "
            "người liên quan và xác minh trẻ em đủ điều kiện được cho làm con nuôi.\n"
            "Bước 4: Sở Tư pháp trình Ủy ban nhân dân tỉnh quyết định cho người nước ngoài nhận "
            "trẻ em làm con nuôi; tổ chức lễ giao nhận con nuôi.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích."
        ),
        "counter": True,
        "postal": True,
        "online_level": "none",
        "time_limit": (60, "working_days"),
        "time_limit_note": "",
        "target_group": "Người nước ngoài thường trú ở Việt Nam",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Tư pháp",
        "result": "Quyết định cho người nước ngoài nhận trẻ em Việt Nam làm con nuôi",
        "fees": (
            "Lệ phí: 9.000.000 đồng/trường hợp; giảm 50% đối với các trường hợp được giảm theo quy "
            "định của Chính phủ."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn xin nhận con nuôi", 1, 0, True, None),
            ("Bản sao hộ chiếu hoặc giấy tờ có giá trị thay thế", 0, 1, True, None),
            ("Văn bản xác nhận tình trạng sức khỏe, điều kiện kinh tế, chỗ ở", 1, 0, True, None),
            ("Phiếu lý lịch tư pháp của người nhận con nuôi", 1, 0, True, None),
            ("Hồ sơ của trẻ em được giới thiệu làm con nuôi", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["52/2010/QH12", "60/2014/QH13"],
    },
    {
        "code": "1.012770",
        "name": (
            "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, "
            "quyền sở hữu tài sản gắn liền với đất lần đầu"
        ),
        "field": "Đất đai",
        "level": "commune",
        "steps": (
            "Bước 1: Người sử dụng đất nộp hồ sơ tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã "
            "nơi có đất, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Ủy ban nhân dân cấp xã xác nhận hiện trạng sử dụng đất, tình trạng tranh "
            "chấp, nguồn gốc và thời điểm sử dụng đất, sự phù hợp với quy hoạch; niêm yết công "
            "khai kết quả kiểm tra trong thời hạn 15 ngày.\nBước 3: Chi nhánh Văn phòng đăng ký "
            "đất đai trích lục hoặc trích đo bản đồ địa chính, kiểm tra hồ sơ, gửi thông tin địa "
            "chính đến cơ quan thuế để xác định nghĩa vụ tài chính.\n"
            "Bước 4: Người sử dụng đất thực hiện nghĩa vụ tài chính; Chủ tịch Ủy ban nhân dân cấp "
            "xã ký Giấy chứng nhận; Văn phòng đăng ký đất đai cập nhật hồ sơ địa chính, cơ sở dữ "
            "liệu đất đai.\nBước 5: Trả Giấy chứng nhận tại Bộ phận Một cửa hoặc qua dịch vụ bưu "
            "chính."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": (
            "Không bao gồm thời gian niêm yết công khai, thời gian thực hiện nghĩa vụ tài chính và "
            "thời gian trưng cầu giám định; xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã "
            "hội khó khăn được tăng thêm 10 ngày làm việc."
        ),
        "target_group": "Hộ gia đình, cá nhân, cộng đồng dân cư đang sử dụng đất",
        "implementing_agency": "Ủy ban nhân dân cấp xã; Chi nhánh Văn phòng đăng ký đất đai",
        "result": (
            "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; hồ sơ địa "
            "chính, cơ sở dữ liệu đất đai được cập nhật"
        ),
        "fees": (
            "Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo Nghị quyết của Hội đồng nhân "
            "dân tỉnh (100.000 đồng/giấy đối với trường hợp có tài sản gắn liền với đất; 25.000 "
            "đồng/giấy đối với trường hợp chỉ có quyền sử dụng đất); tiền sử dụng đất, lệ phí "
            "trước bạ (nếu có) theo thông báo của cơ quan thuế."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn đăng ký đất đai, tài sản gắn liền với đất theo Mẫu số 04/ĐK",
                1,
                0,
                True,
                "04-ĐK",
            ),
            ("Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có)", 0, 1, False, None),
            (
                (
                    "Giấy tờ về tài sản gắn liền với đất (trường hợp đề nghị chứng nhận quyền sở "
                    "hữu tài sản)"
                ),
                0,
                1,
                False,
                None,
            ),
            (
                (
                    "Sơ đồ nhà ở, công trình xây dựng (trừ trường hợp giấy tờ về tài sản đã có sơ "
                    "đồ phù hợp với hiện trạng)"
                ),
                1,
                0,
                False,
                None,
            ),
            (
                (
                    "Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ về miễn, giảm nghĩa vụ tài "
                    "chính (nếu có)"
                ),
                0,
                1,
                False,
                None,
            ),
            (
                "Mảnh trích đo bản đồ địa chính thửa đất (nơi chưa có bản đồ địa chính)",
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [
            ("04-ĐK", "Đơn đăng ký đất đai, tài sản gắn liền với đất", "docx", "2024-08-01", None),
            # EXPIRED (deliberate): superseded form still attached to the procedure.
            (
                "04a-ĐK",
                (
                    "Đơn đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài "
                    "sản khác gắn liền với đất"
                ),
                "docx",
                "2014-07-05",
                "2024-07-31",
            ),
        ],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP", "151/2025/NĐ-CP"],
    },
    {
        "code": "1.012790",
        "name": "Hòa giải tranh chấp đất đai",
        "field": "Đất đai",
        "level": "commune",
        "steps": (
            "Bước 1: Bên tranh chấp nộp đơn yêu cầu hòa giải tại Ủy ban nhân dân cấp xã nơi có đất "
            "tranh chấp.\nBước 2: Ủy ban nhân dân cấp xã thẩm tra, xác minh nguyên nhân phát sinh "
            "tranh chấp, thu thập giấy tờ, tài liệu có liên quan.\n"
            "Bước 3: Thành lập Hội đồng hòa giải tranh chấp đất đai và tổ chức cuộc họp hòa giải "
            "có sự tham gia của các bên tranh chấp.\nBước 4: Lập biên bản hòa giải thành hoặc "
            "không thành và gửi cho các bên."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích."
        ),
        "counter": True,
        "postal": True,
        "online_level": "none",
        "time_limit": (30, "working_days"),
        "time_limit_note": "Tính từ ngày nhận được đơn yêu cầu hòa giải.",
        "target_group": "Hộ gia đình, cá nhân, cộng đồng dân cư, tổ chức có tranh chấp đất đai",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Biên bản hòa giải thành hoặc hòa giải không thành",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn yêu cầu hòa giải tranh chấp đất đai", 1, 0, True, None),
            ("Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp", 0, 1, False, None),
        ],
        "forms": [],
        "legal_basis": ["31/2024/QH15", "43/2014/NĐ-CP"],
    },
    {
        "code": "1.012791",
        "name": (
            "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp xã"
        ),
        "field": "Đất đai",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính.\nBước 2: Cán bộ, công chức tiếp nhận "
            "kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ "
            "sung, hoàn thiện một lần.\nBước 3: Cơ quan chuyên môn của Ủy ban nhân dân cấp xã thẩm "
            "tra, xác minh, tổ chức đối thoại với các bên và báo cáo Chủ tịch Ủy ban nhân dân cấp "
            "xã.\nBước 4: Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định giải quyết tranh "
            "chấp và gửi cho các bên tranh chấp, tổ chức, cá nhân có quyền và nghĩa vụ liên quan.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích."
        ),
        "counter": True,
        "postal": True,
        "online_level": "none",
        "time_limit": (45, "working_days"),
        "time_limit_note": (
            "Xã miền núi, biên giới, hải đảo, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn "
            "được tăng thêm 10 ngày."
        ),
        "target_group": (
            "Hộ gia đình, cá nhân, cộng đồng dân cư có tranh chấp đất đai đã qua hòa giải"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định giải quyết tranh chấp đất đai",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn yêu cầu giải quyết tranh chấp đất đai", 1, 0, True, None),
            ("Biên bản hòa giải không thành tại Ủy ban nhân dân cấp xã", 0, 1, True, None),
            ("Giấy tờ, tài liệu làm căn cứ chứng minh quyền sử dụng đất", 0, 1, False, None),
        ],
        "forms": [],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP", "151/2025/NĐ-CP"],
    },
    {
        "code": "1.012800",
        "name": "Giao đất, cho thuê đất không đấu giá quyền sử dụng đất đối với cá nhân",
        "field": "Đất đai",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan có chức năng quản lý đất đai cấp xã thẩm định hồ sơ, kiểm tra thực "
            "địa, trình Chủ tịch Ủy ban nhân dân cấp xã quyết định giao đất, cho thuê đất.\n"
            "Bước 4: Người được giao, thuê đất thực hiện nghĩa vụ tài chính; ký hợp đồng thuê đất "
            "(nếu thuê đất); bàn giao đất trên thực địa và cấp Giấy chứng nhận.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": (
            "Không bao gồm thời gian niêm yết công khai, thời gian thực hiện nghĩa vụ tài chính và "
            "thời gian trưng cầu giám định; xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã "
            "hội khó khăn được tăng thêm 10 ngày làm việc."
        ),
        "target_group": "Cá nhân có nhu cầu sử dụng đất",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định giao đất hoặc cho thuê đất; hợp đồng thuê đất; Giấy chứng nhận",
        "fees": "Tiền sử dụng đất, tiền thuê đất và lệ phí cấp Giấy chứng nhận theo quy định.",
        "fee_bearing": True,
        "components": [
            ("Đơn xin giao đất, cho thuê đất", 1, 0, True, None),
            ("Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất", 1, 0, False, None),
        ],
        "forms": [],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP", "151/2025/NĐ-CP"],
    },
    {
        "code": "1.012801",
        "name": "Chuyển mục đích sử dụng đất đối với cá nhân",
        "field": "Đất đai",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan có chức năng quản lý đất đai cấp xã thẩm định nhu cầu chuyển mục "
            "đích, sự phù hợp với quy hoạch sử dụng đất và trình Chủ tịch Ủy ban nhân dân cấp xã "
            "quyết định.\nBước 4: Người sử dụng đất thực hiện nghĩa vụ tài chính; Văn phòng đăng "
            "ký đất đai cập nhật, chỉnh lý hồ sơ địa chính và xác nhận nội dung thay đổi trên Giấy "
            "chứng nhận.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc "
            "qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": (
            "Không bao gồm thời gian niêm yết công khai, thời gian thực hiện nghĩa vụ tài chính và "
            "thời gian trưng cầu giám định; xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã "
            "hội khó khăn được tăng thêm 10 ngày làm việc."
        ),
        "target_group": "Cá nhân đang sử dụng đất",
        "implementing_agency": "Ủy ban nhân dân cấp xã; Chi nhánh Văn phòng đăng ký đất đai",
        "result": "Quyết định cho phép chuyển mục đích sử dụng đất; Giấy chứng nhận được chỉnh lý",
        "fees": (
            "Tiền sử dụng đất theo thông báo của cơ quan thuế; lệ phí cấp Giấy chứng nhận theo "
            "Nghị quyết của Hội đồng nhân dân tỉnh."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn xin chuyển mục đích sử dụng đất", 1, 0, True, None),
            ("Giấy chứng nhận quyền sử dụng đất (bản gốc)", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP", "151/2025/NĐ-CP"],
    },
    {
        "code": "1.012805",
        "name": "Đính chính Giấy chứng nhận đã cấp",
        "field": "Đất đai",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Chi nhánh Văn phòng đăng ký đất đai kiểm tra, lập biên bản kết luận về nội "
            "dung và nguyên nhân sai sót, trình cơ quan có thẩm quyền đính chính vào Giấy chứng "
            "nhận.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua "
            "dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Người được cấp Giấy chứng nhận phát hiện có sai sót",
        "implementing_agency": "Ủy ban nhân dân cấp xã; Chi nhánh Văn phòng đăng ký đất đai",
        "result": "Giấy chứng nhận đã được đính chính hoặc Giấy chứng nhận mới",
        "fees": "Không thu lệ phí đối với trường hợp sai sót do cơ quan nhà nước gây ra.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị đính chính Giấy chứng nhận theo Mẫu số 11/ĐK", 1, 0, True, "11-ĐK"),
            ("Giấy chứng nhận đã cấp có sai sót (bản gốc)", 1, 0, True, None),
        ],
        "forms": [
            (
                "11-ĐK",
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                "docx",
                "2024-08-01",
                None,
            ),
        ],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP", "151/2025/NĐ-CP"],
    },
    {
        "code": "1.012772",
        "name": (
            "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển "
            "nhượng, tặng cho, thừa kế"
        ),
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Văn phòng đăng ký đất đai kiểm tra hồ sơ, trích lục hoặc trích đo địa chính "
            "thửa đất (nếu cần), gửi thông tin cho cơ quan thuế để xác định nghĩa vụ tài chính.\n"
            "Bước 4: Văn phòng đăng ký đất đai cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu "
            "đất đai và cấp hoặc xác nhận trên Giấy chứng nhận.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": (
            "Không bao gồm thời gian người sử dụng đất thực hiện nghĩa vụ tài chính."
        ),
        "target_group": "Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất",
        "implementing_agency": "Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai",
        "result": "Giấy chứng nhận mới hoặc Giấy chứng nhận đã được xác nhận nội dung biến động",
        "fees": (
            "Lệ phí trước bạ 0,5% giá trị chuyển nhượng; lệ phí cấp Giấy chứng nhận và phí thẩm "
            "định hồ sơ theo Nghị quyết của Hội đồng nhân dân tỉnh."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 11/ĐK",
                1,
                0,
                True,
                "11-ĐK",
            ),
            (
                (
                    "Hợp đồng, văn bản về chuyển nhượng, tặng cho, thừa kế đã được công chứng hoặc "
                    "chứng thực"
                ),
                1,
                0,
                True,
                None,
            ),
            ("Giấy chứng nhận đã cấp (bản gốc)", 1, 0, True, None),
            ("Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân", 1, 0, True, None),
        ],
        "forms": [
            (
                "11-ĐK",
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                "docx",
                "2024-08-01",
                None,
            ),
        ],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP"],
    },
    {
        "code": "1.012773",
        "name": "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Văn phòng đăng ký đất đai kiểm tra hồ sơ, trích lục hoặc trích đo địa chính "
            "thửa đất (nếu cần), gửi thông tin cho cơ quan thuế để xác định nghĩa vụ tài chính.\n"
            "Bước 4: Văn phòng đăng ký đất đai cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu "
            "đất đai và cấp hoặc xác nhận trên Giấy chứng nhận.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (7, "working_days"),
        "time_limit_note": (
            "Trường hợp cấp đổi đồng loạt sau đo đạc lập bản đồ địa chính thì không quá 50 ngày "
            "làm việc."
        ),
        "target_group": "Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất",
        "implementing_agency": "Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai",
        "result": (
            "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp đổi)"
        ),
        "fees": (
            "Lệ phí cấp đổi Giấy chứng nhận: 50.000 đồng/giấy (theo Nghị quyết của Hội đồng nhân "
            "dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 11/ĐK",
                1,
                0,
                True,
                "11-ĐK",
            ),
            ("Giấy chứng nhận đã cấp (bản gốc)", 1, 0, True, None),
        ],
        "forms": [
            (
                "11-ĐK",
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                "docx",
                "2024-08-01",
                None,
            ),
        ],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP"],
    },
    {
        "code": "1.012774",
        "name": (
            "Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do "
            "bị mất"
        ),
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Văn phòng đăng ký đất đai kiểm tra hồ sơ, trích lục hoặc trích đo địa chính "
            "thửa đất (nếu cần), gửi thông tin cho cơ quan thuế để xác định nghĩa vụ tài chính.\n"
            "Bước 4: Văn phòng đăng ký đất đai cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu "
            "đất đai và cấp hoặc xác nhận trên Giấy chứng nhận.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": (
            "Không bao gồm thời gian niêm yết thông báo mất Giấy chứng nhận 15 ngày tại Ủy ban "
            "nhân dân cấp xã."
        ),
        "target_group": "Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất",
        "implementing_agency": "Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai",
        "result": (
            "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp lại)"
        ),
        "fees": (
            "Lệ phí cấp lại Giấy chứng nhận: 50.000 đồng/giấy (theo Nghị quyết của Hội đồng nhân "
            "dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 11/ĐK",
                1,
                0,
                True,
                "11-ĐK",
            ),
            (
                (
                    "Giấy xác nhận của Ủy ban nhân dân cấp xã về việc đã niêm yết thông báo mất "
                    "Giấy chứng nhận"
                ),
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [
            (
                "11-ĐK",
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                "docx",
                "2024-08-01",
                None,
            ),
        ],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP"],
    },
    {
        "code": "1.012775",
        "name": "Tách thửa hoặc hợp thửa đất",
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Văn phòng đăng ký đất đai kiểm tra hồ sơ, trích lục hoặc trích đo địa chính "
            "thửa đất (nếu cần), gửi thông tin cho cơ quan thuế để xác định nghĩa vụ tài chính.\n"
            "Bước 4: Văn phòng đăng ký đất đai cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu "
            "đất đai và cấp hoặc xác nhận trên Giấy chứng nhận.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "Không bao gồm thời gian thực hiện nghĩa vụ tài chính.",
        "target_group": "Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất",
        "implementing_agency": "Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai",
        "result": "Giấy chứng nhận cho các thửa đất mới sau tách thửa, hợp thửa",
        "fees": (
            "Phí thẩm định hồ sơ và lệ phí cấp Giấy chứng nhận theo Nghị quyết của Hội đồng nhân "
            "dân tỉnh."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị tách thửa đất, hợp thửa đất theo mẫu", 1, 0, True, "ĐN-TT"),
            ("Giấy chứng nhận đã cấp (bản gốc)", 1, 0, True, None),
            ("Bản vẽ tách thửa đất, hợp thửa đất do đơn vị đo đạc lập", 1, 0, True, None),
        ],
        "forms": [("ĐN-TT", "Đơn đề nghị tách thửa đất, hợp thửa đất", "docx", "2024-08-01", None)],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP"],
    },
    {
        "code": "1.012780",
        "name": "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Văn phòng đăng ký đất đai kiểm tra hồ sơ, ghi nội dung đăng ký thế chấp vào "
            "sổ địa chính, cơ sở dữ liệu đất đai và chứng nhận nội dung đăng ký trên Giấy chứng "
            "nhận.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ "
            "bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (None, "within_day"),
        "time_limit_note": (
            "Hồ sơ nhận sau 15 giờ thì hoàn thành trong ngày làm việc tiếp theo; trường hợp phải "
            "kéo dài thì không quá 03 ngày làm việc."
        ),
        "target_group": "Bên thế chấp, bên nhận thế chấp (tổ chức tín dụng, cá nhân, tổ chức khác)",
        "implementing_agency": "Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai",
        "result": "Giấy chứng nhận đã được chứng nhận nội dung đăng ký thế chấp",
        "fees": (
            "Lệ phí đăng ký biện pháp bảo đảm: 80.000 đồng/hồ sơ (theo Nghị quyết của Hội đồng "
            "nhân dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            ("Phiếu yêu cầu đăng ký thế chấp theo Mẫu số 01a", 1, 0, True, "01a"),
            ("Hợp đồng thế chấp hoặc hợp đồng có điều khoản về thế chấp", 1, 0, True, None),
            ("Giấy chứng nhận đã cấp (bản gốc)", 1, 0, True, None),
        ],
        "forms": [
            (
                "01a",
                "Phiếu yêu cầu đăng ký biện pháp bảo đảm bằng quyền sử dụng đất",
                "docx",
                "2023-01-15",
                None,
            ),
        ],
        "legal_basis": ["31/2024/QH15", "99/2022/NĐ-CP"],
    },
    {
        "code": "1.012781",
        "name": "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Văn phòng đăng ký đất đai kiểm tra hồ sơ, ghi nội dung xóa đăng ký thế chấp "
            "vào sổ địa chính, cơ sở dữ liệu đất đai và trên Giấy chứng nhận.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (None, "within_day"),
        "time_limit_note": (
            "Hồ sơ nhận sau 15 giờ thì hoàn thành trong ngày làm việc tiếp theo; trường hợp phải "
            "kéo dài thì không quá 03 ngày làm việc."
        ),
        "target_group": "Bên thế chấp, bên nhận thế chấp",
        "implementing_agency": "Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai",
        "result": "Giấy chứng nhận đã được chứng nhận nội dung xóa đăng ký thế chấp",
        "fees": "Phí xóa đăng ký: 20.000 đồng/hồ sơ (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Phiếu yêu cầu xóa đăng ký theo Mẫu số 03a", 1, 0, True, "03a"),
            ("Giấy chứng nhận đã cấp (bản gốc)", 1, 0, True, None),
            ("Văn bản đồng ý xóa đăng ký của bên nhận thế chấp (nếu có)", 1, 0, False, None),
        ],
        "forms": [
            ("03a", "Phiếu yêu cầu xóa đăng ký biện pháp bảo đảm", "docx", "2023-01-15", None),
        ],
        "legal_basis": ["31/2024/QH15", "99/2022/NĐ-CP"],
    },
    {
        "code": "1.012785",
        "name": "Cung cấp thông tin, dữ liệu đất đai",
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Văn phòng đăng ký đất đai tiếp nhận phiếu yêu cầu, thông báo nghĩa vụ tài "
            "chính và cung cấp thông tin, dữ liệu đất đai theo yêu cầu.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (2, "working_days"),
        "time_limit_note": "Yêu cầu nhận trước 15 giờ thì được cung cấp ngay trong ngày.",
        "target_group": "Tổ chức, cá nhân có nhu cầu khai thác thông tin đất đai",
        "implementing_agency": "Văn phòng đăng ký đất đai; Chi nhánh Văn phòng đăng ký đất đai",
        "result": "Thông tin, dữ liệu đất đai (văn bản hoặc bản điện tử)",
        "fees": (
            "Phí khai thác và sử dụng tài liệu đất đai: 300.000 đồng/hồ sơ, tài liệu (theo Nghị "
            "quyết của Hội đồng nhân dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            ("Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai theo mẫu", 1, 0, True, "PYC"),
        ],
        "forms": [
            (
                "PYC",
                "Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai",
                "docx",
                "2024-08-01",
                None,
            ),
        ],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP"],
    },
    {
        "code": "1.012810",
        "name": "Giao đất, cho thuê đất không đấu giá quyền sử dụng đất đối với tổ chức",
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nông nghiệp và Môi trường thẩm định hồ sơ, kiểm tra thực địa, trình Ủy ban "
            "nhân dân tỉnh quyết định.\nBước 4: Tổ chức thực hiện nghĩa vụ tài chính; Sở Nông "
            "nghiệp và Môi trường bàn giao đất trên thực địa và chỉ đạo cập nhật hồ sơ địa chính.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": (
            "Không bao gồm thời gian niêm yết công khai, thời gian thực hiện nghĩa vụ tài chính và "
            "thời gian trưng cầu giám định; xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã "
            "hội khó khăn được tăng thêm 10 ngày làm việc."
        ),
        "target_group": "Tổ chức kinh tế, đơn vị sự nghiệp công lập",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Nông nghiệp và Môi trường",
        "result": "Quyết định giao đất, cho thuê đất; hợp đồng thuê đất",
        "fees": (
            "Tiền sử dụng đất, tiền thuê đất theo quy định; phí thẩm định hồ sơ theo Nghị quyết "
            "của Hội đồng nhân dân tỉnh."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất",
                1,
                0,
                True,
                None,
            ),
            (
                "Văn bản chấp thuận chủ trương đầu tư hoặc quyết định phê duyệt dự án",
                0,
                1,
                True,
                None,
            ),
            ("Trích lục bản đồ địa chính hoặc trích đo địa chính khu đất", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP"],
    },
    {
        "code": "1.012811",
        "name": "Chuyển mục đích sử dụng đất đối với tổ chức",
        "field": "Đất đai",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nông nghiệp và Môi trường thẩm định hồ sơ, kiểm tra thực địa, trình Ủy ban "
            "nhân dân tỉnh quyết định.\nBước 4: Tổ chức thực hiện nghĩa vụ tài chính; Sở Nông "
            "nghiệp và Môi trường bàn giao đất trên thực địa và chỉ đạo cập nhật hồ sơ địa chính.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": (
            "Không bao gồm thời gian niêm yết công khai, thời gian thực hiện nghĩa vụ tài chính và "
            "thời gian trưng cầu giám định; xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã "
            "hội khó khăn được tăng thêm 10 ngày làm việc."
        ),
        "target_group": "Tổ chức kinh tế, đơn vị sự nghiệp công lập",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Nông nghiệp và Môi trường",
        "result": "Quyết định cho phép chuyển mục đích sử dụng đất",
        "fees": (
            "Tiền sử dụng đất, tiền thuê đất theo quy định; phí thẩm định hồ sơ theo Nghị quyết "
            "của Hội đồng nhân dân tỉnh."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất",
                1,
                0,
                True,
                None,
            ),
            (
                "Văn bản chấp thuận chủ trương đầu tư hoặc quyết định phê duyệt dự án",
                0,
                1,
                True,
                None,
            ),
            ("Trích lục bản đồ địa chính hoặc trích đo địa chính khu đất", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["31/2024/QH15", "101/2024/NĐ-CP"],
    },
    {
        "code": "1.010728",
        "name": "Đăng ký môi trường",
        "field": "Môi trường",
        "level": "commune",
        "steps": (
            "Bước 1: Chủ dự án, cơ sở thuộc đối tượng đăng ký môi trường gửi văn bản đăng ký tới "
            "Ủy ban nhân dân cấp xã trực tiếp, qua bưu chính hoặc trực tuyến.\n"
            "Bước 2: Ủy ban nhân dân cấp xã tiếp nhận, cập nhật nội dung đăng ký vào cơ sở dữ liệu "
            "môi trường và hướng dẫn chủ dự án, cơ sở thực hiện biện pháp bảo vệ môi trường."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (1, "working_days"),
        "time_limit_note": (
            "Không phải cấp văn bản phê duyệt; cơ quan tiếp nhận cập nhật đăng ký ngay khi nhận."
        ),
        "target_group": "Chủ dự án đầu tư, chủ cơ sở thuộc đối tượng phải đăng ký môi trường",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Tiếp nhận đăng ký môi trường, cập nhật vào cơ sở dữ liệu",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Văn bản đăng ký môi trường theo Mẫu số 47", 1, 0, True, "M47")],
        "forms": [("M47", "Văn bản đăng ký môi trường", "docx", "2022-01-10", None)],
        "legal_basis": ["72/2020/QH14", "08/2022/NĐ-CP"],
    },
    {
        "code": "1.010729",
        "name": "Cấp giấy phép môi trường thuộc thẩm quyền của Ủy ban nhân dân cấp xã",
        "field": "Môi trường",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã thẩm định hồ sơ, kiểm tra thực tế tại cơ sở (nếu cần) "
            "và lấy ý kiến cơ quan, tổ chức có liên quan.\nBước 4: Chủ tịch Ủy ban nhân dân cấp xã "
            "cấp giấy phép môi trường.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân "
            "dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Chủ dự án đầu tư, cơ sở thuộc thẩm quyền cấp phép của cấp xã",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép môi trường",
        "fees": (
            "Phí thẩm định cấp giấy phép môi trường theo Nghị quyết của Hội đồng nhân dân tỉnh "
            "(3.000.000 đồng/hồ sơ)."
        ),
        "fee_bearing": True,
        "components": [
            ("Văn bản đề nghị cấp giấy phép môi trường", 1, 0, True, None),
            ("Báo cáo đề xuất cấp giấy phép môi trường", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["72/2020/QH14", "08/2022/NĐ-CP"],
    },
    {
        "code": "1.010730",
        "name": "Thẩm định báo cáo đánh giá tác động môi trường",
        "field": "Môi trường",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nông nghiệp và Môi trường tổ chức hội đồng thẩm định, khảo sát thực tế và "
            "lấy ý kiến của cơ quan, tổ chức có liên quan.\nBước 4: Ủy ban nhân dân tỉnh ban hành "
            "quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "Dự án đầu tư nhóm I thuộc thẩm quyền: không quá 45 ngày.",
        "target_group": "Chủ dự án đầu tư",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Nông nghiệp và Môi trường",
        "result": "Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường",
        "fees": (
            "Phí thẩm định theo Nghị quyết của Hội đồng nhân dân tỉnh, từ 5.000.000 đồng đến "
            "50.000.000 đồng/báo cáo tùy tổng vốn đầu tư của dự án."
        ),
        "fee_bearing": True,
        "components": [
            ("Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường", 1, 0, True, None),
            ("Báo cáo đánh giá tác động môi trường", 1, 0, True, None),
            ("Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["72/2020/QH14", "08/2022/NĐ-CP"],
    },
    {
        "code": "1.010731",
        "name": "Cấp giấy phép môi trường cấp tỉnh",
        "field": "Môi trường",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nông nghiệp và Môi trường thẩm định hồ sơ, kiểm tra thực tế cơ sở, lấy ý "
            "kiến các cơ quan liên quan.\nBước 4: Ủy ban nhân dân tỉnh cấp giấy phép môi trường.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "",
        "target_group": (
            "Chủ dự án đầu tư, cơ sở thuộc thẩm quyền cấp phép của Ủy ban nhân dân tỉnh"
        ),
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Nông nghiệp và Môi trường",
        "result": "Giấy phép môi trường",
        "fees": (
            "Phí thẩm định cấp giấy phép môi trường theo Nghị quyết của Hội đồng nhân dân tỉnh (từ "
            "10.000.000 đồng đến 40.000.000 đồng/hồ sơ)."
        ),
        "fee_bearing": True,
        "components": [
            ("Văn bản đề nghị cấp giấy phép môi trường", 1, 0, True, None),
            ("Báo cáo đề xuất cấp giấy phép môi trường", 1, 0, True, None),
            ("Bản sao báo cáo nghiên cứu khả thi của dự án", 0, 1, False, None),
        ],
        "forms": [],
        "legal_basis": ["72/2020/QH14", "08/2022/NĐ-CP"],
    },
    {
        "code": "1.009994",
        "name": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "field": "Hoạt động xây dựng",
        "level": "commune",
        "steps": (
            "Bước 1: Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến.\n"
            "Bước 2: Cơ quan chuyên môn về xây dựng của Ủy ban nhân dân cấp xã kiểm tra hồ sơ; hồ "
            "sơ chưa đầy đủ thì thông báo bổ sung một lần trong 05 ngày làm việc.\n"
            "Bước 3: Thẩm định hồ sơ, kiểm tra thực địa, đối chiếu với quy hoạch chi tiết hoặc quy "
            "chế quản lý kiến trúc; lấy ý kiến cơ quan quản lý chuyên ngành khi cần.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã cấp giấy phép xây dựng hoặc thông báo từ chối "
            "bằng văn bản, nêu rõ lý do.\nBước 5: Trả giấy phép xây dựng kèm bản vẽ thiết kế được "
            "đóng dấu cho chủ đầu tư."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (15, "working_days"),
        "time_limit_note": (
            "Trường hợp cần xem xét thêm thì thời hạn được kéo dài không quá 10 ngày làm việc; cơ "
            "quan cấp phép thông báo bằng văn bản cho chủ đầu tư."
        ),
        "target_group": "Hộ gia đình, cá nhân là chủ đầu tư xây dựng nhà ở riêng lẻ",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép xây dựng kèm theo bản vẽ thiết kế được đóng dấu xác nhận",
        "fees": (
            "Lệ phí cấp giấy phép xây dựng: 75.000 đồng/giấy phép (theo Nghị quyết của Hội đồng "
            "nhân dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 01 Phụ lục II",
                1,
                0,
                True,
                "M01-GPXD",
            ),
            (
                "Giấy tờ hợp pháp về quyền sử dụng đất theo quy định của pháp luật về đất đai",
                0,
                1,
                True,
                None,
            ),
            (
                (
                    "02 bộ bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, phương án móng, "
                    "sơ đồ đấu nối hạ tầng kỹ thuật)"
                ),
                2,
                0,
                True,
                None,
            ),
            (
                (
                    "Báo cáo kết quả thẩm tra thiết kế (đối với nhà ở có tầng hầm hoặc từ 07 tầng "
                    "trở lên)"
                ),
                1,
                0,
                False,
                None,
            ),
            (
                (
                    "Văn bản cam kết bảo đảm an toàn đối với công trình liền kề (trường hợp có "
                    "công trình liền kề)"
                ),
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "M01-GPXD",
                (
                    "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số "
                    "175/2024/NĐ-CP)"
                ),
                "docx",
                "2024-12-30",
                None,
            ),
            # EXPIRED (deliberate): superseded form still attached to the procedure.
            (
                "M01-GPXD-2021",
                (
                    "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số "
                    "15/2021/NĐ-CP)"
                ),
                "docx",
                "2021-03-03",
                "2024-12-29",
            ),
        ],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "1.009995",
        "name": "Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng lẻ",
        "field": "Hoạt động xây dựng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về xây dựng của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực địa khi cần và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết "
            "định.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch "
            "vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình, cá nhân là chủ đầu tư xây dựng",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép xây dựng hoặc giấy phép được điều chỉnh, gia hạn, cấp lại",
        "fees": "Lệ phí: 75.000 đồng/giấy phép (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            (
                "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo theo Mẫu số 01 Phụ lục II",
                1,
                0,
                True,
                "M01-GPXD",
            ),
            (
                "Giấy tờ hợp pháp về quyền sở hữu hoặc quyền sử dụng công trình, nhà ở",
                0,
                1,
                True,
                None,
            ),
            ("Ảnh chụp hiện trạng công trình đề nghị sửa chữa, cải tạo", 1, 0, True, None),
            (
                (
                    "02 bộ bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, phương án móng, "
                    "sơ đồ đấu nối hạ tầng kỹ thuật)"
                ),
                2,
                0,
                True,
                None,
            ),
        ],
        "forms": [
            (
                "M01-GPXD",
                (
                    "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số "
                    "175/2024/NĐ-CP)"
                ),
                "docx",
                "2024-12-30",
                None,
            ),
        ],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "1.009996",
        "name": "Điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ",
        "field": "Hoạt động xây dựng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về xây dựng của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực địa khi cần và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết "
            "định.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch "
            "vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình, cá nhân là chủ đầu tư xây dựng",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép xây dựng hoặc giấy phép được điều chỉnh, gia hạn, cấp lại",
        "fees": "Lệ phí: 75.000 đồng/giấy phép (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            (
                "Đơn đề nghị điều chỉnh giấy phép xây dựng theo Mẫu số 01 Phụ lục II",
                1,
                0,
                True,
                "M01-GPXD",
            ),
            ("Bản chính giấy phép xây dựng đã được cấp", 1, 0, True, None),
            ("02 bộ bản vẽ thiết kế bộ phận, hạng mục điều chỉnh", 2, 0, True, None),
        ],
        "forms": [
            (
                "M01-GPXD",
                (
                    "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số "
                    "175/2024/NĐ-CP)"
                ),
                "docx",
                "2024-12-30",
                None,
            ),
        ],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "1.009997",
        "name": "Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ",
        "field": "Hoạt động xây dựng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về xây dựng của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực địa khi cần và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết "
            "định.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch "
            "vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình, cá nhân là chủ đầu tư xây dựng",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép xây dựng hoặc giấy phép được điều chỉnh, gia hạn, cấp lại",
        "fees": (
            "Lệ phí gia hạn: 15.000 đồng/giấy phép (theo Nghị quyết của Hội đồng nhân dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn đề nghị gia hạn giấy phép xây dựng theo Mẫu số 02 Phụ lục II",
                1,
                0,
                True,
                "M02-GPXD",
            ),
            ("Bản chính giấy phép xây dựng đã được cấp", 1, 0, True, None),
        ],
        "forms": [
            (
                "M02-GPXD",
                "Đơn đề nghị gia hạn, cấp lại giấy phép xây dựng (Mẫu số 02 Phụ lục II)",
                "docx",
                "2024-12-30",
                None,
            ),
        ],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP", "15/2021/NĐ-CP"],
    },
    {
        "code": "1.009998",
        "name": "Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ",
        "field": "Hoạt động xây dựng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về xây dựng của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực địa khi cần và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết "
            "định.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch "
            "vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình, cá nhân là chủ đầu tư xây dựng",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép xây dựng hoặc giấy phép được điều chỉnh, gia hạn, cấp lại",
        "fees": (
            "Lệ phí cấp lại: 15.000 đồng/giấy phép (theo Nghị quyết của Hội đồng nhân dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn đề nghị cấp lại giấy phép xây dựng theo Mẫu số 02 Phụ lục II",
                1,
                0,
                True,
                "M02-GPXD",
            ),
            (
                "Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)",
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "M02-GPXD",
                "Đơn đề nghị gia hạn, cấp lại giấy phép xây dựng (Mẫu số 02 Phụ lục II)",
                "docx",
                "2024-12-30",
                None,
            ),
        ],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "1.009999",
        "name": "Cấp giấy phép di dời công trình",
        "field": "Hoạt động xây dựng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về xây dựng của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực địa khi cần và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết "
            "định.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch "
            "vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình, cá nhân là chủ đầu tư xây dựng",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép xây dựng hoặc giấy phép được điều chỉnh, gia hạn, cấp lại",
        "fees": "Lệ phí: 75.000 đồng/giấy phép (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            (
                "Đơn đề nghị cấp giấy phép di dời công trình theo Mẫu số 01 Phụ lục II",
                1,
                0,
                True,
                "M01-GPXD",
            ),
            (
                "Giấy tờ hợp pháp về quyền sử dụng đất nơi công trình sẽ di dời đến",
                0,
                1,
                True,
                None,
            ),
            ("Phương án di dời do tổ chức, cá nhân có đủ năng lực thực hiện", 1, 0, True, None),
        ],
        "forms": [
            (
                "M01-GPXD",
                (
                    "Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số "
                    "175/2024/NĐ-CP)"
                ),
                "docx",
                "2024-12-30",
                None,
            ),
        ],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "1.009980",
        "name": "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
        "field": "Hoạt động xây dựng",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Xây dựng kiểm tra hồ sơ, tổ chức sát hạch kiến thức chuyên môn và kiến "
            "thức pháp luật cho cá nhân đề nghị cấp chứng chỉ.\n"
            "Bước 4: Hội đồng xét cấp chứng chỉ đánh giá kết quả; Giám đốc Sở Xây dựng cấp chứng "
            "chỉ hành nghề và đăng tải thông tin trên trang thông tin điện tử.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cá nhân hoạt động xây dựng",
        "implementing_agency": "Sở Xây dựng",
        "result": "Chứng chỉ hành nghề hoạt động xây dựng (bản điện tử và bản giấy nếu có yêu cầu)",
        "fees": (
            "Lệ phí cấp chứng chỉ: 150.000 đồng/chứng chỉ; phí sát hạch theo quy định của Bộ Tài "
            "chính."
        ),
        "fee_bearing": True,
        "components": [
            (
                "Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng theo mẫu",
                1,
                0,
                True,
                "CCHN-01",
            ),
            ("Ảnh màu cỡ 4 x 6 cm chụp trong thời gian không quá 06 tháng", 1, 0, True, None),
            (
                "Văn bằng do cơ sở đào tạo hợp pháp cấp phù hợp với lĩnh vực đề nghị",
                0,
                1,
                True,
                None,
            ),
            ("Bản kê khai kinh nghiệm công việc chuyên môn có xác nhận", 1, 0, True, None),
        ],
        "forms": [
            (
                "CCHN-01",
                "Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng",
                "docx",
                "2024-12-30",
                None,
            ),
        ],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP", "15/2021/NĐ-CP"],
    },
    {
        "code": "1.009981",
        "name": "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III",
        "field": "Hoạt động xây dựng",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Xây dựng đánh giá năng lực của tổ chức theo điều kiện của từng lĩnh vực, "
            "hạng chứng chỉ đề nghị cấp và cấp chứng chỉ năng lực.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức hoạt động xây dựng",
        "implementing_agency": "Sở Xây dựng",
        "result": "Chứng chỉ năng lực hoạt động xây dựng",
        "fees": "Phí thẩm định cấp chứng chỉ năng lực: 1.000.000 đồng/chứng chỉ.",
        "fee_bearing": True,
        "components": [
            (
                "Đơn đề nghị cấp chứng chỉ năng lực hoạt động xây dựng theo mẫu",
                1,
                0,
                True,
                "CCNL-01",
            ),
            ("Danh sách cá nhân chủ chốt kèm chứng chỉ hành nghề", 1, 0, True, None),
            ("Hợp đồng và biên bản nghiệm thu công việc đã thực hiện", 0, 1, True, None),
        ],
        "forms": [
            (
                "CCNL-01",
                "Đơn đề nghị cấp chứng chỉ năng lực hoạt động xây dựng",
                "docx",
                "2024-12-30",
                None,
            ),
        ],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "1.009982",
        "name": "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng",
        "field": "Hoạt động xây dựng",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Xây dựng kiểm tra hồ sơ, tổ chức thẩm định; lấy ý kiến các cơ quan quản lý "
            "nhà nước về phòng cháy, chữa cháy, môi trường và chuyên ngành khi cần.\n"
            "Bước 4: Sở Xây dựng ban hành văn bản kết quả hoặc cấp giấy phép theo thẩm quyền.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (30, "working_days"),
        "time_limit_note": "Dự án nhóm C: không quá 20 ngày.",
        "target_group": "Chủ đầu tư dự án, công trình xây dựng",
        "implementing_agency": "Sở Xây dựng",
        "result": "Văn bản thông báo kết quả thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng",
        "fees": (
            "Phí thẩm định dự án đầu tư xây dựng tính theo tỷ lệ phần trăm tổng mức đầu tư theo "
            "quy định của Bộ Tài chính."
        ),
        "fee_bearing": True,
        "components": [
            ("Tờ trình hoặc đơn đề nghị theo mẫu", 1, 0, True, None),
            ("Hồ sơ thiết kế, báo cáo nghiên cứu khả thi hoặc bản vẽ thiết kế", 1, 0, True, None),
            ("Văn bản thẩm duyệt thiết kế về phòng cháy, chữa cháy (nếu có)", 0, 1, False, None),
            (
                "Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "1.009983",
        "name": "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở",
        "field": "Hoạt động xây dựng",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Xây dựng kiểm tra hồ sơ, tổ chức thẩm định; lấy ý kiến các cơ quan quản lý "
            "nhà nước về phòng cháy, chữa cháy, môi trường và chuyên ngành khi cần.\n"
            "Bước 4: Sở Xây dựng ban hành văn bản kết quả hoặc cấp giấy phép theo thẩm quyền.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (30, "working_days"),
        "time_limit_note": "Công trình cấp IV: không quá 20 ngày.",
        "target_group": "Chủ đầu tư dự án, công trình xây dựng",
        "implementing_agency": "Sở Xây dựng",
        "result": "Văn bản thông báo kết quả thẩm định thiết kế xây dựng",
        "fees": (
            "Phí thẩm định thiết kế xây dựng tính theo tỷ lệ phần trăm chi phí xây dựng theo quy "
            "định của Bộ Tài chính."
        ),
        "fee_bearing": True,
        "components": [
            ("Tờ trình hoặc đơn đề nghị theo mẫu", 1, 0, True, None),
            ("Hồ sơ thiết kế, báo cáo nghiên cứu khả thi hoặc bản vẽ thiết kế", 1, 0, True, None),
            ("Văn bản thẩm duyệt thiết kế về phòng cháy, chữa cháy (nếu có)", 0, 1, False, None),
            (
                "Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "1.009984",
        "name": "Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II",
        "field": "Hoạt động xây dựng",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Xây dựng kiểm tra hồ sơ, tổ chức thẩm định; lấy ý kiến các cơ quan quản lý "
            "nhà nước về phòng cháy, chữa cháy, môi trường và chuyên ngành khi cần.\n"
            "Bước 4: Sở Xây dựng ban hành văn bản kết quả hoặc cấp giấy phép theo thẩm quyền.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (20, "working_days"),
        "time_limit_note": (
            "Trường hợp cần xem xét thêm thì thời hạn được kéo dài không quá 10 ngày làm việc; cơ "
            "quan cấp phép thông báo bằng văn bản cho chủ đầu tư."
        ),
        "target_group": "Chủ đầu tư dự án, công trình xây dựng",
        "implementing_agency": "Sở Xây dựng",
        "result": "Giấy phép xây dựng kèm theo bản vẽ thiết kế được đóng dấu xác nhận",
        "fees": (
            "Lệ phí cấp giấy phép xây dựng: 150.000 đồng/giấy phép (theo Nghị quyết của Hội đồng "
            "nhân dân tỉnh)."
        ),
        "fee_bearing": True,
        "components": [
            ("Tờ trình hoặc đơn đề nghị theo mẫu", 1, 0, True, None),
            ("Hồ sơ thiết kế, báo cáo nghiên cứu khả thi hoặc bản vẽ thiết kế", 1, 0, True, None),
            ("Văn bản thẩm duyệt thiết kế về phòng cháy, chữa cháy (nếu có)", 0, 1, False, None),
            (
                "Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["50/2014/QH13", "175/2024/NĐ-CP"],
    },
    {
        "code": "2.000720",
        "name": "Đăng ký thành lập hộ kinh doanh",
        "field": "Thành lập và hoạt động của hộ kinh doanh",
        "level": "commune",
        "steps": (
            "Bước 1: Chủ hộ kinh doanh hoặc người được ủy quyền nộp hồ sơ tại cơ quan đăng ký kinh "
            "doanh cấp xã nơi đặt trụ sở hộ kinh doanh hoặc nộp trực tuyến.\n"
            "Bước 2: Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ và tên hộ "
            "kinh doanh dự kiến đăng ký.\nBước 3: Hồ sơ hợp lệ thì cấp Giấy chứng nhận đăng ký hộ "
            "kinh doanh; hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ "
            "sung.\nBước 4: Trả kết quả cho người nộp hồ sơ và chia sẻ thông tin đăng ký hộ kinh "
            "doanh cho cơ quan thuế."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": (
            "Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã (cơ quan đăng ký kinh doanh cấp xã)",
        "result": "Giấy chứng nhận đăng ký hộ kinh doanh",
        "fees": (
            "Lệ phí: 100.000 đồng/lần (theo Nghị quyết của Hội đồng nhân dân tỉnh); miễn lệ phí "
            "đối với hồ sơ đăng ký trực tuyến."
        ),
        "fee_bearing": True,
        "components": [
            ("Giấy đề nghị đăng ký hộ kinh doanh theo mẫu", 1, 0, True, "HKD-01"),
            (
                (
                    "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường "
                    "hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)"
                ),
                1,
                0,
                False,
                None,
            ),
            (
                (
                    "Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ "
                    "kinh doanh (nếu có)"
                ),
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "HKD-01",
                "Giấy đề nghị đăng ký hộ kinh doanh (theo Thông tư số 68/2025/TT-BTC)",
                "docx",
                "2025-07-01",
                None,
            ),
            # EXPIRED (deliberate): superseded form still attached to the procedure.
            (
                "PL-III-1",
                "Giấy đề nghị đăng ký hộ kinh doanh (Phụ lục III-1 Thông tư số 01/2021/TT-BKHĐT)",
                "docx",
                "2021-03-16",
                "2025-06-30",
            ),
        ],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.000575",
        "name": "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
        "field": "Thành lập và hoạt động của hộ kinh doanh",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp "
            "lệ thì cập nhật thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh và "
            "trả kết quả.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua "
            "dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ "
            "sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ kinh doanh",
        "implementing_agency": "Ủy ban nhân dân cấp xã (cơ quan đăng ký kinh doanh cấp xã)",
        "result": "Giấy chứng nhận đăng ký hộ kinh doanh (cấp mới theo nội dung thay đổi)",
        "fees": (
            "Lệ phí: 50.000 đồng/lần (theo Nghị quyết của Hội đồng nhân dân tỉnh); miễn lệ phí đối "
            "với hồ sơ đăng ký trực tuyến."
        ),
        "fee_bearing": True,
        "components": [
            ("Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu", 1, 0, True, "HKD-02"),
            (
                "Biên bản họp thành viên hộ gia đình về việc thay đổi nội dung (nếu có)",
                1,
                0,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "HKD-02",
                "Thông báo, đề nghị thay đổi tình trạng, nội dung đăng ký hộ kinh doanh",
                "docx",
                "2025-07-01",
                None,
            ),
        ],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.000588",
        "name": (
            "Tạm ngừng hoạt động hộ kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo"
        ),
        "field": "Thành lập và hoạt động của hộ kinh doanh",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp "
            "lệ thì cập nhật thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh và "
            "trả kết quả.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua "
            "dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ "
            "sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ kinh doanh",
        "implementing_agency": "Ủy ban nhân dân cấp xã (cơ quan đăng ký kinh doanh cấp xã)",
        "result": "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh",
        "fees": "Không thu lệ phí.",
        "fee_bearing": False,
        "components": [
            ("Thông báo về việc tạm ngừng hoặc tiếp tục kinh doanh theo mẫu", 1, 0, True, "HKD-02"),
        ],
        "forms": [
            (
                "HKD-02",
                "Thông báo, đề nghị thay đổi tình trạng, nội dung đăng ký hộ kinh doanh",
                "docx",
                "2025-07-01",
                None,
            ),
        ],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.000581",
        "name": "Chấm dứt hoạt động hộ kinh doanh",
        "field": "Thành lập và hoạt động của hộ kinh doanh",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp "
            "lệ thì cập nhật thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh và "
            "trả kết quả.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua "
            "dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ "
            "sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ kinh doanh",
        "implementing_agency": "Ủy ban nhân dân cấp xã (cơ quan đăng ký kinh doanh cấp xã)",
        "result": "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
        "fees": "Không thu lệ phí.",
        "fee_bearing": False,
        "components": [
            ("Thông báo về việc chấm dứt hoạt động hộ kinh doanh theo mẫu", 1, 0, True, "HKD-02"),
            ("Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế", 1, 0, True, None),
            ("Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh", 1, 0, True, None),
        ],
        "forms": [
            (
                "HKD-02",
                "Thông báo, đề nghị thay đổi tình trạng, nội dung đăng ký hộ kinh doanh",
                "docx",
                "2025-07-01",
                None,
            ),
        ],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.000664",
        "name": "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
        "field": "Thành lập và hoạt động của hộ kinh doanh",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan đăng ký kinh doanh cấp xã kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp "
            "lệ thì cập nhật thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh và "
            "trả kết quả.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua "
            "dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ "
            "sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ kinh doanh",
        "implementing_agency": "Ủy ban nhân dân cấp xã (cơ quan đăng ký kinh doanh cấp xã)",
        "result": "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)",
        "fees": "Lệ phí: 50.000 đồng/lần (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            ("Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", 1, 0, True, "HKD-02"),
        ],
        "forms": [
            (
                "HKD-02",
                "Thông báo, đề nghị thay đổi tình trạng, nội dung đăng ký hộ kinh doanh",
                "docx",
                "2025-07-01",
                None,
            ),
        ],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.001610",
        "name": "Đăng ký thành lập doanh nghiệp tư nhân",
        "field": "Thành lập và hoạt động doanh nghiệp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp lệ thì cấp "
            "Giấy chứng nhận đăng ký doanh nghiệp, hồ sơ chưa hợp lệ thì thông báo bằng văn bản "
            "nội dung cần sửa đổi, bổ sung.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính "
            "công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu "
            "của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân thành lập và quản lý doanh nghiệp",
        "implementing_agency": "Sở Tài chính (Phòng Đăng ký kinh doanh)",
        "result": "Giấy chứng nhận đăng ký doanh nghiệp",
        "fees": (
            "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần (miễn lệ phí đối với hồ sơ đăng ký trực "
            "tuyến); phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần."
        ),
        "fee_bearing": True,
        "components": [
            ("Giấy đề nghị đăng ký doanh nghiệp tư nhân theo mẫu", 1, 0, True, "DN-01"),
            (
                (
                    "Bản sao giấy tờ pháp lý của cá nhân đối với chủ sở hữu, thành viên, cổ đông "
                    "sáng lập và người đại diện theo pháp luật (nếu chưa xác thực qua Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [("DN-01", "Giấy đề nghị đăng ký doanh nghiệp", "docx", "2025-07-01", None)],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.002042",
        "name": "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên",
        "field": "Thành lập và hoạt động doanh nghiệp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp lệ thì cấp "
            "Giấy chứng nhận đăng ký doanh nghiệp, hồ sơ chưa hợp lệ thì thông báo bằng văn bản "
            "nội dung cần sửa đổi, bổ sung.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính "
            "công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu "
            "của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân thành lập và quản lý doanh nghiệp",
        "implementing_agency": "Sở Tài chính (Phòng Đăng ký kinh doanh)",
        "result": "Giấy chứng nhận đăng ký doanh nghiệp",
        "fees": (
            "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần (miễn lệ phí đối với hồ sơ đăng ký trực "
            "tuyến); phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần."
        ),
        "fee_bearing": True,
        "components": [
            ("Giấy đề nghị đăng ký doanh nghiệp theo mẫu", 1, 0, True, "DN-01"),
            ("Điều lệ công ty", 1, 0, True, None),
            (
                (
                    "Bản sao giấy tờ pháp lý của cá nhân đối với chủ sở hữu, thành viên, cổ đông "
                    "sáng lập và người đại diện theo pháp luật (nếu chưa xác thực qua Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                0,
                1,
                False,
                None,
            ),
            (
                "Bản sao giấy tờ pháp lý của tổ chức (trường hợp chủ sở hữu công ty là tổ chức)",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [("DN-01", "Giấy đề nghị đăng ký doanh nghiệp", "docx", "2025-07-01", None)],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.002043",
        "name": "Đăng ký thành lập công ty cổ phần",
        "field": "Thành lập và hoạt động doanh nghiệp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp lệ thì cấp "
            "Giấy chứng nhận đăng ký doanh nghiệp, hồ sơ chưa hợp lệ thì thông báo bằng văn bản "
            "nội dung cần sửa đổi, bổ sung.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính "
            "công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu "
            "của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân thành lập và quản lý doanh nghiệp",
        "implementing_agency": "Sở Tài chính (Phòng Đăng ký kinh doanh)",
        "result": "Giấy chứng nhận đăng ký doanh nghiệp",
        "fees": (
            "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần (miễn lệ phí đối với hồ sơ đăng ký trực "
            "tuyến); phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần."
        ),
        "fee_bearing": True,
        "components": [
            ("Giấy đề nghị đăng ký doanh nghiệp theo mẫu", 1, 0, True, "DN-01"),
            ("Điều lệ công ty", 1, 0, True, None),
            ("Danh sách cổ đông sáng lập và cổ đông là nhà đầu tư nước ngoài", 1, 0, True, None),
            (
                (
                    "Bản sao giấy tờ pháp lý của cá nhân đối với chủ sở hữu, thành viên, cổ đông "
                    "sáng lập và người đại diện theo pháp luật (nếu chưa xác thực qua Cơ sở dữ "
                    "liệu quốc gia về dân cư)"
                ),
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [("DN-01", "Giấy đề nghị đăng ký doanh nghiệp", "docx", "2025-07-01", None)],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.002050",
        "name": (
            "Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công "
            "ty cổ phần"
        ),
        "field": "Thành lập và hoạt động doanh nghiệp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp lệ thì cấp "
            "Giấy chứng nhận đăng ký doanh nghiệp, hồ sơ chưa hợp lệ thì thông báo bằng văn bản "
            "nội dung cần sửa đổi, bổ sung.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính "
            "công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu "
            "của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân thành lập và quản lý doanh nghiệp",
        "implementing_agency": "Sở Tài chính (Phòng Đăng ký kinh doanh)",
        "result": "Giấy chứng nhận đăng ký doanh nghiệp (cập nhật thông tin người đại diện)",
        "fees": (
            "Lệ phí đăng ký doanh nghiệp: 50.000 đồng/lần (miễn lệ phí đối với hồ sơ đăng ký trực "
            "tuyến); phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần."
        ),
        "fee_bearing": True,
        "components": [
            ("Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu", 1, 0, True, "DN-02"),
            (
                "Nghị quyết, quyết định về việc thay đổi người đại diện theo pháp luật",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [
            (
                "DN-02",
                "Thông báo thay đổi nội dung đăng ký doanh nghiệp",
                "docx",
                "2025-07-01",
                None,
            ),
        ],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.002060",
        "name": "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo",
        "field": "Thành lập và hoạt động doanh nghiệp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp lệ thì cấp "
            "Giấy chứng nhận đăng ký doanh nghiệp, hồ sơ chưa hợp lệ thì thông báo bằng văn bản "
            "nội dung cần sửa đổi, bổ sung.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính "
            "công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu "
            "của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân thành lập và quản lý doanh nghiệp",
        "implementing_agency": "Sở Tài chính (Phòng Đăng ký kinh doanh)",
        "result": "Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh",
        "fees": "Không thu lệ phí.",
        "fee_bearing": False,
        "components": [
            (
                "Thông báo tạm ngừng kinh doanh hoặc tiếp tục kinh doanh theo mẫu",
                1,
                0,
                True,
                "DN-02",
            ),
            (
                "Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Hội đồng quản trị",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [
            (
                "DN-02",
                "Thông báo thay đổi nội dung đăng ký doanh nghiệp",
                "docx",
                "2025-07-01",
                None,
            ),
        ],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.002070",
        "name": "Giải thể doanh nghiệp",
        "field": "Thành lập và hoạt động doanh nghiệp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ; hồ sơ hợp lệ thì cấp "
            "Giấy chứng nhận đăng ký doanh nghiệp, hồ sơ chưa hợp lệ thì thông báo bằng văn bản "
            "nội dung cần sửa đổi, bổ sung.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính "
            "công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu "
            "của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân thành lập và quản lý doanh nghiệp",
        "implementing_agency": "Sở Tài chính (Phòng Đăng ký kinh doanh)",
        "result": "Thông báo về việc cập nhật tình trạng pháp lý đã giải thể của doanh nghiệp",
        "fees": "Không thu lệ phí.",
        "fee_bearing": False,
        "components": [
            ("Thông báo về giải thể doanh nghiệp theo mẫu", 1, 0, True, "DN-02"),
            (
                "Báo cáo thanh lý tài sản doanh nghiệp; danh sách chủ nợ và số nợ đã thanh toán",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [
            (
                "DN-02",
                "Thông báo thay đổi nội dung đăng ký doanh nghiệp",
                "docx",
                "2025-07-01",
                None,
            ),
        ],
        "legal_basis": ["59/2020/QH14", "168/2025/NĐ-CP", "68/2025/TT-BTC"],
    },
    {
        "code": "2.000633",
        "name": "Cấp Giấy phép bán lẻ rượu",
        "field": "Lưu thông hàng hóa trong nước",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về kinh tế của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra điều kiện địa điểm kinh doanh.\nBước 4: Chủ tịch Ủy ban nhân dân cấp xã cấp "
            "Giấy phép bán lẻ rượu hoặc trả lời bằng văn bản nêu rõ lý do từ chối.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Thương nhân, hộ kinh doanh bán lẻ rượu có độ cồn từ 5,5 độ trở lên",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép bán lẻ rượu (thời hạn 05 năm)",
        "fees": (
            "Phí thẩm định: 1.200.000 đồng/điểm kinh doanh tại khu vực đô thị; 600.000 đồng/điểm "
            "kinh doanh tại khu vực khác."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy phép bán lẻ rượu theo Mẫu số 01", 1, 0, True, "M01-R"),
            (
                "Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh",
                0,
                1,
                True,
                None,
            ),
            (
                (
                    "Bản sao văn bản giới thiệu hoặc hợp đồng với thương nhân sản xuất, phân phối "
                    "hoặc bán buôn rượu"
                ),
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [
            ("M01-R", "Đơn đề nghị cấp Giấy phép kinh doanh rượu", "docx", "2017-11-01", None),
        ],
        "legal_basis": ["105/2017/NĐ-CP"],
    },
    {
        "code": "2.000620",
        "name": "Cấp sửa đổi, bổ sung Giấy phép bán lẻ rượu",
        "field": "Lưu thông hàng hóa trong nước",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về kinh tế của Ủy ban nhân dân cấp xã thẩm định hồ sơ và "
            "trình Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy phép sửa đổi, bổ sung.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Thương nhân, hộ kinh doanh đã được cấp Giấy phép bán lẻ rượu",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép bán lẻ rượu sửa đổi, bổ sung",
        "fees": (
            "Phí thẩm định: 1.200.000 đồng/điểm kinh doanh tại khu vực đô thị; 600.000 đồng/điểm "
            "kinh doanh tại khu vực khác."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp sửa đổi, bổ sung theo Mẫu số 02", 1, 0, True, "M02-R"),
            ("Bản sao Giấy phép bán lẻ rượu đã được cấp", 0, 1, True, None),
            ("Tài liệu chứng minh nội dung thay đổi", 0, 1, True, None),
        ],
        "forms": [
            (
                "M02-R",
                "Đơn đề nghị cấp sửa đổi, bổ sung Giấy phép kinh doanh rượu",
                "docx",
                "2017-11-01",
                None,
            ),
        ],
        "legal_basis": ["105/2017/NĐ-CP"],
    },
    {
        "code": "2.000629",
        "name": "Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
        "field": "Lưu thông hàng hóa trong nước",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về kinh tế của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực tế cơ sở sản xuất và trình Chủ tịch Ủy ban nhân dân cấp xã cấp giấy "
            "phép.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch "
            "vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Doanh nghiệp, hợp tác xã, hộ kinh doanh sản xuất rượu thủ công",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
        "fees": "Phí thẩm định: 500.000 đồng/lần thẩm định (theo quy định của Bộ Tài chính).",
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy phép sản xuất rượu theo mẫu", 1, 0, True, "M01-R"),
            ("Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh", 0, 1, True, None),
            ("Bản sao bản công bố sản phẩm rượu hoặc bản tự công bố sản phẩm", 0, 1, True, None),
            (
                "Bản sao Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (nếu có)",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [
            ("M01-R", "Đơn đề nghị cấp Giấy phép kinh doanh rượu", "docx", "2017-11-01", None),
        ],
        "legal_basis": ["105/2017/NĐ-CP"],
    },
    {
        "code": "2.000636",
        "name": "Cấp Giấy phép bán buôn rượu",
        "field": "Lưu thông hàng hóa trong nước",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Công Thương thẩm định hồ sơ, kiểm tra hệ thống phân phối, kho bãi của "
            "thương nhân và cấp Giấy phép bán buôn rượu.\nBước 4: Trả kết quả tại Trung tâm Phục "
            "vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia "
            "theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Thương nhân kinh doanh bán buôn rượu trên địa bàn tỉnh",
        "implementing_agency": "Sở Công Thương",
        "result": "Giấy phép bán buôn rượu (thời hạn 05 năm)",
        "fees": (
            "Phí thẩm định: 2.200.000 đồng/điểm kinh doanh tại khu vực đô thị; 1.100.000 đồng/điểm "
            "kinh doanh tại khu vực khác."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy phép bán buôn rượu theo Mẫu số 01", 1, 0, True, "M01-R"),
            (
                "Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng kho hàng",
                0,
                1,
                True,
                None,
            ),
            ("Hồ sơ về hệ thống phân phối rượu trên địa bàn", 1, 0, True, None),
        ],
        "forms": [
            ("M01-R", "Đơn đề nghị cấp Giấy phép kinh doanh rượu", "docx", "2017-11-01", None),
        ],
        "legal_basis": ["105/2017/NĐ-CP"],
    },
    {
        "code": "2.000647",
        "name": "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
        "field": "Lưu thông hàng hóa trong nước",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Công Thương thẩm định hồ sơ, kiểm tra thực tế cửa hàng về điều kiện an "
            "toàn phòng cháy, chữa cháy, bảo vệ môi trường và đo lường.\n"
            "Bước 4: Sở Công Thương cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Thương nhân kinh doanh xăng dầu",
        "implementing_agency": "Sở Công Thương",
        "result": "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu (thời hạn 05 năm)",
        "fees": (
            "Phí thẩm định: 1.200.000 đồng/cửa hàng tại khu vực đô thị; 600.000 đồng/cửa hàng tại "
            "khu vực khác."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy chứng nhận theo mẫu", 1, 0, True, None),
            ("Bản kê trang thiết bị của cửa hàng bán lẻ xăng dầu", 1, 0, True, None),
            ("Bản sao tài liệu chứng minh quyền sử dụng hợp pháp cửa hàng", 0, 1, True, None),
            (
                "Bản sao chứng nhận huấn luyện nghiệp vụ phòng cháy, chữa cháy của nhân viên",
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["83/2014/NĐ-CP"],
    },
    {
        "code": "1.001626",
        "name": (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh "
            "dịch vụ ăn uống"
        ),
        "field": "An toàn thực phẩm",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã thẩm định hồ sơ và thành lập đoàn thẩm định thực tế "
            "điều kiện an toàn thực phẩm tại cơ sở.\nBước 4: Cơ sở đạt yêu cầu thì Chủ tịch Ủy ban "
            "nhân dân cấp xã cấp Giấy chứng nhận; chưa đạt thì thông báo nội dung cần khắc phục.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (15, "working_days"),
        "time_limit_note": "Bao gồm thời gian thẩm định thực tế tại cơ sở.",
        "target_group": "Cơ sở kinh doanh dịch vụ ăn uống thuộc thẩm quyền quản lý của cấp xã",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (thời hạn 03 năm)",
        "fees": (
            "Phí thẩm định: 700.000 đồng/lần/cơ sở phục vụ dưới 200 suất ăn; 1.000.000 đồng/lần/cơ "
            "sở phục vụ từ 200 suất ăn trở lên."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy chứng nhận theo mẫu", 1, 0, True, "ATTP-01"),
            ("Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ", 1, 0, True, None),
            (
                (
                    "Giấy xác nhận đủ sức khỏe, giấy xác nhận kiến thức về an toàn thực phẩm của "
                    "chủ cơ sở và người trực tiếp chế biến"
                ),
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [
            (
                "ATTP-01",
                "Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                "docx",
                "2018-02-02",
                None,
            ),
        ],
        "legal_basis": ["55/2010/QH12", "15/2018/NĐ-CP"],
    },
    {
        "code": "2.000591",
        "name": (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh "
            "doanh thực phẩm thuộc thẩm quyền của Sở Công Thương"
        ),
        "field": "An toàn thực phẩm",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan có thẩm quyền thẩm định hồ sơ, tổ chức thẩm định thực tế điều kiện "
            "bảo đảm an toàn thực phẩm tại cơ sở.\nBước 4: Cơ sở đạt yêu cầu thì được cấp Giấy "
            "chứng nhận; không đạt thì thông báo bằng văn bản và nêu rõ lý do.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cơ sở sản xuất, kinh doanh thực phẩm",
        "implementing_agency": "Sở Công Thương",
        "result": "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (thời hạn 03 năm)",
        "fees": (
            "Phí thẩm định: 2.500.000 đồng/lần/cơ sở; cơ sở sản xuất nhỏ lẻ: 500.000 đồng/lần/cơ "
            "sở."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy chứng nhận theo mẫu", 1, 0, True, None),
            (
                "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ sản xuất, kinh doanh",
                1,
                0,
                True,
                None,
            ),
            (
                (
                    "Danh sách người trực tiếp sản xuất, kinh doanh đã được xác nhận kiến thức và "
                    "đủ sức khỏe"
                ),
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["55/2010/QH12", "15/2018/NĐ-CP"],
    },
    {
        "code": "1.003001",
        "name": (
            "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh "
            "doanh thực phẩm nông, lâm, thủy sản"
        ),
        "field": "An toàn thực phẩm",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan có thẩm quyền thẩm định hồ sơ, tổ chức thẩm định thực tế điều kiện "
            "bảo đảm an toàn thực phẩm tại cơ sở.\nBước 4: Cơ sở đạt yêu cầu thì được cấp Giấy "
            "chứng nhận; không đạt thì thông báo bằng văn bản và nêu rõ lý do.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cơ sở sản xuất, kinh doanh thực phẩm",
        "implementing_agency": (
            "Sở Nông nghiệp và Môi trường (Chi cục Quản lý chất lượng nông lâm sản và thủy sản)"
        ),
        "result": "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (thời hạn 03 năm)",
        "fees": (
            "Phí thẩm định: 700.000 đồng/lần/cơ sở kinh doanh; 2.500.000 đồng/lần/cơ sở sản xuất."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy chứng nhận theo mẫu", 1, 0, True, None),
            (
                "Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ sản xuất, kinh doanh",
                1,
                0,
                True,
                None,
            ),
            (
                (
                    "Danh sách người trực tiếp sản xuất, kinh doanh đã được xác nhận kiến thức và "
                    "đủ sức khỏe"
                ),
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["55/2010/QH12", "15/2018/NĐ-CP"],
    },
    {
        "code": "1.003010",
        "name": (
            "Đăng ký bản công bố sản phẩm đối với thực phẩm dinh dưỡng y học, thực phẩm dùng cho "
            "chế độ ăn đặc biệt sản xuất trong nước"
        ),
        "field": "An toàn thực phẩm",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Y tế thẩm định hồ sơ đăng ký bản công bố sản phẩm; hồ sơ đạt yêu cầu thì "
            "cấp Giấy tiếp nhận đăng ký bản công bố sản phẩm và đăng tải trên trang thông tin điện "
            "tử.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (7, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân sản xuất thực phẩm",
        "implementing_agency": "Sở Y tế",
        "result": "Giấy tiếp nhận đăng ký bản công bố sản phẩm",
        "fees": "Phí thẩm định: 1.500.000 đồng/lần/sản phẩm.",
        "fee_bearing": True,
        "components": [
            ("Bản công bố sản phẩm theo mẫu", 1, 0, True, "CB-02"),
            (
                "Phiếu kết quả kiểm nghiệm an toàn thực phẩm trong thời hạn 12 tháng",
                1,
                0,
                True,
                None,
            ),
            ("Bằng chứng khoa học chứng minh công dụng của sản phẩm", 0, 1, True, None),
            ("Bản sao Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", 0, 1, True, None),
        ],
        "forms": [("CB-02", "Bản công bố sản phẩm", "docx", "2018-02-02", None)],
        "legal_basis": ["55/2010/QH12", "15/2018/NĐ-CP"],
    },
    {
        "code": "1.004555",
        "name": (
            "Thành lập trường mầm non công lập hoặc cho phép thành lập trường mầm non dân lập, tư "
            "thục"
        ),
        "field": "Giáo dục và đào tạo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về giáo dục của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực tế cơ sở vật chất, đội ngũ và lập báo cáo thẩm định.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã xem xét, ban hành quyết định hoặc trả lời "
            "bằng văn bản nêu rõ lý do.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân "
            "dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân đề nghị thành lập trường mầm non",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định thành lập hoặc cho phép thành lập trường mầm non",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị thành lập trường mầm non", 1, 0, True, None),
            ("Đề án thành lập trường mầm non", 1, 0, True, None),
            (
                "Bản sao văn bản chứng minh quyền sử dụng đất hoặc hợp đồng thuê cơ sở vật chất",
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["43/2019/QH14", "125/2024/NĐ-CP"],
    },
    {
        "code": "1.004443",
        "name": "Cho phép trường mầm non hoạt động giáo dục",
        "field": "Giáo dục và đào tạo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về giáo dục của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực tế cơ sở vật chất, đội ngũ và lập báo cáo thẩm định.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã xem xét, ban hành quyết định hoặc trả lời "
            "bằng văn bản nêu rõ lý do.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân "
            "dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Trường mầm non đã có quyết định thành lập hoặc cho phép thành lập",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định cho phép hoạt động giáo dục",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị cho phép hoạt động giáo dục", 1, 0, True, None),
            ("Danh sách đội ngũ cán bộ quản lý, giáo viên kèm bản sao văn bằng", 1, 0, True, None),
            ("Quy chế tổ chức và hoạt động của nhà trường", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["43/2019/QH14", "125/2024/NĐ-CP"],
    },
    {
        "code": "1.004563",
        "name": (
            "Thành lập trường tiểu học công lập hoặc cho phép thành lập trường tiểu học tư thục"
        ),
        "field": "Giáo dục và đào tạo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về giáo dục của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực tế cơ sở vật chất, đội ngũ và lập báo cáo thẩm định.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã xem xét, ban hành quyết định hoặc trả lời "
            "bằng văn bản nêu rõ lý do.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân "
            "dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân đề nghị thành lập trường tiểu học",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định thành lập hoặc cho phép thành lập trường tiểu học",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị thành lập trường tiểu học", 1, 0, True, None),
            ("Đề án thành lập trường tiểu học", 1, 0, True, None),
            (
                "Bản sao văn bản chứng minh quyền sử dụng đất hoặc hợp đồng thuê cơ sở vật chất",
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["43/2019/QH14", "125/2024/NĐ-CP"],
    },
    {
        "code": "1.004492",
        "name": "Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động",
        "field": "Giáo dục và đào tạo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ quan chuyên môn về giáo dục của Ủy ban nhân dân cấp xã thẩm định hồ sơ, "
            "kiểm tra thực tế cơ sở vật chất, đội ngũ và lập báo cáo thẩm định.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã xem xét, ban hành quyết định hoặc trả lời "
            "bằng văn bản nêu rõ lý do.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân "
            "dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân tổ chức nhóm trẻ, lớp mẫu giáo độc lập",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động", 1, 0, True, None),
            ("Bản sao văn bằng, chứng chỉ của người phụ trách và giáo viên", 0, 1, True, None),
            (
                "Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp phòng nuôi dưỡng, chăm sóc trẻ",
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["43/2019/QH14", "125/2024/NĐ-CP"],
    },
    {
        "code": "1.005098",
        "name": "Chuyển trường đối với học sinh tiểu học",
        "field": "Giáo dục và đào tạo",
        "level": "commune",
        "steps": (
            "Bước 1: Cha, mẹ hoặc người giám hộ học sinh nộp đơn xin chuyển trường tại trường nơi "
            "chuyển đến hoặc trực tuyến.\nBước 2: Hiệu trưởng trường nơi chuyển đến đồng ý tiếp "
            "nhận và ghi ý kiến vào đơn.\nBước 3: Hiệu trưởng trường nơi chuyển đi trả hồ sơ cho "
            "học sinh; trường hợp chuyển trường khác địa bàn thì có ý kiến của cơ quan quản lý "
            "giáo dục.\nBước 4: Học sinh nộp hồ sơ và được tiếp nhận vào học tại trường nơi chuyển "
            "đến."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Học sinh và cha, mẹ hoặc người giám hộ học sinh",
        "implementing_agency": (
            "Cơ sở giáo dục nơi chuyển đi, nơi chuyển đến; Ủy ban nhân dân cấp xã"
        ),
        "result": "Học sinh được tiếp nhận vào học tại trường nơi chuyển đến",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký", 1, 0, True, "ĐCT"),
            ("Học bạ (bản chính hoặc học bạ điện tử)", 1, 0, True, None),
            (
                "Giấy giới thiệu chuyển trường do hiệu trưởng nhà trường nơi đi cấp",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [("ĐCT", "Đơn xin chuyển trường", "docx", "2021-02-01", None)],
        "legal_basis": ["43/2019/QH14"],
    },
    {
        "code": "1.005099",
        "name": "Chuyển trường đối với học sinh trung học cơ sở",
        "field": "Giáo dục và đào tạo",
        "level": "commune",
        "steps": (
            "Bước 1: Cha, mẹ hoặc người giám hộ học sinh nộp đơn xin chuyển trường tại trường nơi "
            "chuyển đến hoặc trực tuyến.\nBước 2: Hiệu trưởng trường nơi chuyển đến đồng ý tiếp "
            "nhận và ghi ý kiến vào đơn.\nBước 3: Hiệu trưởng trường nơi chuyển đi trả hồ sơ cho "
            "học sinh; trường hợp chuyển trường khác địa bàn thì có ý kiến của cơ quan quản lý "
            "giáo dục.\nBước 4: Học sinh nộp hồ sơ và được tiếp nhận vào học tại trường nơi chuyển "
            "đến."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Học sinh và cha, mẹ hoặc người giám hộ học sinh",
        "implementing_agency": (
            "Cơ sở giáo dục nơi chuyển đi, nơi chuyển đến; Ủy ban nhân dân cấp xã"
        ),
        "result": "Học sinh được tiếp nhận vào học tại trường nơi chuyển đến",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký", 1, 0, True, "ĐCT"),
            ("Học bạ (bản chính hoặc học bạ điện tử)", 1, 0, True, None),
            (
                "Giấy giới thiệu chuyển trường do hiệu trưởng nhà trường nơi đi cấp",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [("ĐCT", "Đơn xin chuyển trường", "docx", "2021-02-01", None)],
        "legal_basis": ["43/2019/QH14"],
    },
    {
        "code": "1.005100",
        "name": "Chuyển trường đối với học sinh trung học phổ thông",
        "field": "Giáo dục và đào tạo",
        "level": "province",
        "steps": (
            "Bước 1: Cha, mẹ hoặc người giám hộ học sinh nộp đơn xin chuyển trường tại trường nơi "
            "chuyển đến hoặc trực tuyến.\nBước 2: Hiệu trưởng trường nơi chuyển đến đồng ý tiếp "
            "nhận và ghi ý kiến vào đơn.\nBước 3: Hiệu trưởng trường nơi chuyển đi trả hồ sơ cho "
            "học sinh; trường hợp chuyển trường khác địa bàn thì có ý kiến của cơ quan quản lý "
            "giáo dục.\nBước 4: Học sinh nộp hồ sơ và được tiếp nhận vào học tại trường nơi chuyển "
            "đến."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Học sinh và cha, mẹ hoặc người giám hộ học sinh",
        "implementing_agency": (
            "Cơ sở giáo dục nơi chuyển đi, nơi chuyển đến; Sở Giáo dục và Đào tạo"
        ),
        "result": "Học sinh được tiếp nhận vào học tại trường nơi chuyển đến",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký", 1, 0, True, "ĐCT"),
            ("Học bạ (bản chính hoặc học bạ điện tử)", 1, 0, True, None),
            (
                "Giấy giới thiệu chuyển trường do hiệu trưởng nhà trường nơi đi cấp",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [("ĐCT", "Đơn xin chuyển trường", "docx", "2021-02-01", None)],
        "legal_basis": ["43/2019/QH14"],
    },
    {
        "code": "1.008950",
        "name": "Hỗ trợ ăn trưa đối với trẻ em mẫu giáo",
        "field": "Giáo dục và đào tạo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Cơ sở giáo dục mầm non tổng hợp hồ sơ, lập danh sách trẻ em được hỗ trợ ăn "
            "trưa gửi Ủy ban nhân dân cấp xã.\nBước 4: Ủy ban nhân dân cấp xã thẩm định, phê duyệt "
            "danh sách và thực hiện chi trả kinh phí hỗ trợ.\nBước 5: Trả kết quả tại Bộ phận Một "
            "cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp "
            "hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": (
            "Trẻ em mẫu giáo có cha mẹ hoặc người chăm sóc thuộc hộ nghèo, hộ cận nghèo, trẻ em mồ "
            "côi, trẻ em khuyết tật, trẻ em ở xã, thôn đặc biệt khó khăn"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã; cơ sở giáo dục mầm non",
        "result": "Quyết định phê duyệt danh sách trẻ em được hỗ trợ ăn trưa",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị hỗ trợ ăn trưa theo mẫu", 1, 0, True, "HT-AT"),
            ("Giấy tờ chứng minh trẻ em thuộc đối tượng được hỗ trợ", 0, 1, True, None),
        ],
        "forms": [("HT-AT", "Đơn đề nghị hỗ trợ ăn trưa", "docx", "2020-10-25", None)],
        "legal_basis": ["105/2020/NĐ-CP"],
    },
    {
        "code": "1.005092",
        "name": "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        "field": "Giáo dục và đào tạo",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Giáo dục và Đào tạo kiểm tra sổ gốc cấp văn bằng, chứng chỉ và cấp bản sao "
            "cho người yêu cầu.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, "
            "qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp "
            "hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (8, "working_hours"),
        "time_limit_note": "Yêu cầu nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
        "target_group": "Người được cấp văn bằng, chứng chỉ hoặc người đại diện hợp pháp",
        "implementing_agency": "Sở Giáo dục và Đào tạo",
        "result": "Bản sao văn bằng, chứng chỉ từ sổ gốc",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc", 1, 0, True, None),
            ("Bản sao giấy tờ tùy thân của người yêu cầu (xuất trình bản chính)", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["43/2019/QH14", "23/2015/NĐ-CP"],
    },
    {
        "code": "1.005093",
        "name": "Chỉnh sửa nội dung văn bằng, chứng chỉ",
        "field": "Giáo dục và đào tạo",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Giáo dục và Đào tạo kiểm tra căn cứ chỉnh sửa; ban hành quyết định chỉnh "
            "sửa và cấp văn bằng, chứng chỉ mới hoặc ghi nội dung chỉnh sửa.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Người được cấp văn bằng, chứng chỉ",
        "implementing_agency": "Sở Giáo dục và Đào tạo",
        "result": "Quyết định chỉnh sửa văn bằng, chứng chỉ",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ", 1, 0, True, None),
            ("Văn bằng, chứng chỉ đề nghị chỉnh sửa (bản chính)", 1, 0, True, None),
            (
                "Quyết định thay đổi, cải chính hộ tịch hoặc giấy tờ làm căn cứ chỉnh sửa",
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["43/2019/QH14"],
    },
    {
        "code": "1.006390",
        "name": "Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục",
        "field": "Giáo dục và đào tạo",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Giáo dục và Đào tạo thẩm định hồ sơ, kiểm tra thực tế điều kiện cơ sở vật "
            "chất, đội ngũ, chương trình giáo dục.\nBước 4: Giám đốc Sở Giáo dục và Đào tạo ban "
            "hành quyết định cho phép hoạt động giáo dục hoặc thông báo lý do không cho phép.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cơ sở giáo dục đã được thành lập hoặc cho phép thành lập",
        "implementing_agency": "Sở Giáo dục và Đào tạo",
        "result": "Quyết định cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị cho phép hoạt động giáo dục", 1, 0, True, None),
            (
                "Danh sách cán bộ quản lý, giáo viên kèm bản sao văn bằng, chứng chỉ",
                1,
                0,
                True,
                None,
            ),
            ("Chương trình, tài liệu giảng dạy; quy chế tổ chức và hoạt động", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["43/2019/QH14", "125/2024/NĐ-CP"],
    },
    {
        "code": "1.006391",
        "name": "Cho phép trường trung học phổ thông hoạt động giáo dục",
        "field": "Giáo dục và đào tạo",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Giáo dục và Đào tạo thẩm định hồ sơ, kiểm tra thực tế điều kiện cơ sở vật "
            "chất, đội ngũ, chương trình giáo dục.\nBước 4: Giám đốc Sở Giáo dục và Đào tạo ban "
            "hành quyết định cho phép hoạt động giáo dục hoặc thông báo lý do không cho phép.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cơ sở giáo dục đã được thành lập hoặc cho phép thành lập",
        "implementing_agency": "Sở Giáo dục và Đào tạo",
        "result": "Quyết định cho phép trường trung học phổ thông hoạt động giáo dục",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị cho phép hoạt động giáo dục", 1, 0, True, None),
            (
                "Danh sách cán bộ quản lý, giáo viên kèm bản sao văn bằng, chứng chỉ",
                1,
                0,
                True,
                None,
            ),
            ("Chương trình, tài liệu giảng dạy; quy chế tổ chức và hoạt động", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["43/2019/QH14", "125/2024/NĐ-CP"],
    },
    {
        "code": "1.012260",
        "name": (
            "Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh chuyên môn là bác "
            "sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y"
        ),
        "field": "Y tế",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Y tế thẩm định hồ sơ, kiểm tra kết quả kiểm tra đánh giá năng lực hành "
            "nghề và cấp giấy phép hành nghề.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành "
            "chính công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu "
            "cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (30, "working_days"),
        "time_limit_note": "",
        "target_group": "Người hành nghề khám bệnh, chữa bệnh",
        "implementing_agency": "Sở Y tế",
        "result": "Giấy phép hành nghề khám bệnh, chữa bệnh",
        "fees": "Phí thẩm định cấp giấy phép hành nghề: 430.000 đồng/hồ sơ.",
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp mới giấy phép hành nghề theo mẫu", 1, 0, True, "GPHN-01"),
            ("Bản sao văn bằng chuyên môn phù hợp với chức danh đề nghị cấp", 0, 1, True, None),
            ("Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh", 1, 0, True, None),
            (
                "Bản sao giấy xác nhận đạt kết quả kiểm tra đánh giá năng lực hành nghề",
                0,
                1,
                True,
                None,
            ),
            ("02 ảnh màu cỡ 4 x 6 cm", 2, 0, True, None),
        ],
        "forms": [
            ("GPHN-01", "Đơn đề nghị cấp mới giấy phép hành nghề", "docx", "2024-01-01", None),
        ],
        "legal_basis": ["15/2023/QH15"],
    },
    {
        "code": "1.012261",
        "name": "Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh",
        "field": "Y tế",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Y tế kiểm tra hồ sơ, đối chiếu thông tin đã cấp và cấp lại giấy phép hành "
            "nghề.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ "
            "bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Người hành nghề bị mất hoặc hư hỏng giấy phép hành nghề",
        "implementing_agency": "Sở Y tế",
        "result": "Giấy phép hành nghề khám bệnh, chữa bệnh (cấp lại)",
        "fees": "Phí thẩm định cấp lại giấy phép hành nghề: 150.000 đồng/hồ sơ.",
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp lại giấy phép hành nghề theo mẫu", 1, 0, True, None),
            ("02 ảnh màu cỡ 4 x 6 cm", 2, 0, True, None),
            ("Giấy phép hành nghề bị hư hỏng (nếu có)", 1, 0, False, None),
        ],
        "forms": [],
        "legal_basis": ["15/2023/QH15"],
    },
    {
        "code": "1.012270",
        "name": "Cấp mới giấy phép hoạt động đối với phòng khám chuyên khoa",
        "field": "Y tế",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Y tế thẩm định hồ sơ và thành lập đoàn thẩm định thực tế điều kiện cơ sở "
            "vật chất, trang thiết bị, nhân sự của phòng khám.\n"
            "Bước 4: Cơ sở đáp ứng điều kiện thì Giám đốc Sở Y tế cấp giấy phép hoạt động và phê "
            "duyệt danh mục kỹ thuật.\nBước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công "
            "tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (30, "working_days"),
        "time_limit_note": "Bao gồm thời gian thẩm định thực tế tại cơ sở.",
        "target_group": "Cơ sở khám bệnh, chữa bệnh",
        "implementing_agency": "Sở Y tế",
        "result": "Giấy phép hoạt động khám bệnh, chữa bệnh",
        "fees": "Phí thẩm định cấp giấy phép hoạt động: 5.700.000 đồng/hồ sơ.",
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp mới giấy phép hoạt động theo mẫu", 1, 0, True, None),
            ("Bản kê khai cơ sở vật chất, thiết bị y tế, danh sách nhân sự", 1, 0, True, None),
            ("Bản sao giấy phép hành nghề của người chịu trách nhiệm chuyên môn", 0, 1, True, None),
            ("Danh mục kỹ thuật dự kiến thực hiện", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["15/2023/QH15"],
    },
    {
        "code": "1.012400",
        "name": "Xét tặng danh hiệu Gia đình văn hóa hằng năm",
        "field": "Văn hóa",
        "level": "commune",
        "steps": (
            "Bước 1: Trưởng thôn, tổ trưởng tổ dân phố tổ chức họp bình xét và lập hồ sơ đề nghị "
            "gửi Ủy ban nhân dân cấp xã.\nBước 2: Ủy ban nhân dân cấp xã thẩm định hồ sơ theo "
            "khung tiêu chuẩn danh hiệu Gia đình văn hóa.\nBước 3: Chủ tịch Ủy ban nhân dân cấp xã "
            "ban hành quyết định tặng danh hiệu và Giấy chứng nhận Gia đình văn hóa."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình cư trú trên địa bàn xã",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định tặng danh hiệu và Giấy chứng nhận Gia đình văn hóa",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị của trưởng thôn, tổ trưởng tổ dân phố", 1, 0, True, None),
            ("Biên bản họp bình xét tại thôn, tổ dân phố", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["86/2023/NĐ-CP", "06/2022/QH15"],
    },
    {
        "code": "1.012401",
        "name": "Xét tặng danh hiệu Thôn, Tổ dân phố văn hóa",
        "field": "Văn hóa",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã thẩm định báo cáo thành tích, đối chiếu khung tiêu "
            "chuẩn và trình Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu cầu của "
            "người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "Xét tặng định kỳ 02 năm một lần.",
        "target_group": "Thôn, tổ dân phố trên địa bàn xã",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định tặng danh hiệu và Giấy chứng nhận Thôn, Tổ dân phố văn hóa",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị của trưởng thôn, tổ trưởng tổ dân phố", 1, 0, True, None),
            ("Báo cáo thành tích xây dựng Thôn, Tổ dân phố văn hóa", 1, 0, True, None),
            ("Biên bản họp của thôn, tổ dân phố", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["86/2023/NĐ-CP", "06/2022/QH15"],
    },
    {
        "code": "1.012410",
        "name": "Thông báo tổ chức lễ hội cấp xã",
        "field": "Văn hóa",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã tiếp nhận thông báo; trường hợp không đồng ý việc tổ "
            "chức lễ hội thì trả lời bằng văn bản và nêu rõ lý do.\n"
            "Bước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "Thông báo phải gửi chậm nhất 20 ngày trước ngày tổ chức lễ hội.",
        "target_group": "Ban tổ chức lễ hội truyền thống, tổ chức, cá nhân tổ chức lễ hội",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Ý kiến trả lời bằng văn bản (trường hợp không đồng ý)",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Văn bản thông báo tổ chức lễ hội theo mẫu", 1, 0, True, "TB-LH")],
        "forms": [("TB-LH", "Văn bản thông báo tổ chức lễ hội", "docx", "2018-10-15", None)],
        "legal_basis": ["110/2018/NĐ-CP"],
    },
    {
        "code": "1.012411",
        "name": "Đăng ký tổ chức lễ hội cấp xã",
        "field": "Văn hóa",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã xem xét kế hoạch tổ chức lễ hội, phương án bảo đảm an "
            "ninh, trật tự, an toàn và có văn bản chấp thuận.\nBước 4: Trả kết quả tại Bộ phận Một "
            "cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công "
            "quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức đăng ký tổ chức lễ hội mới hoặc lễ hội truyền thống bị gián đoạn",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Văn bản chấp thuận đăng ký tổ chức lễ hội",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đăng ký tổ chức lễ hội theo mẫu", 1, 0, True, "ĐK-LH"),
            ("Kế hoạch tổ chức lễ hội và phương án bảo đảm an ninh, trật tự", 1, 0, True, None),
        ],
        "forms": [("ĐK-LH", "Văn bản đăng ký tổ chức lễ hội", "docx", "2018-10-15", None)],
        "legal_basis": ["110/2018/NĐ-CP"],
    },
    {
        "code": "1.001029",
        "name": "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
        "field": "Văn hóa",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã thẩm định hồ sơ, kiểm tra thực tế điều kiện phòng hát, "
            "an toàn phòng cháy, chữa cháy.\nBước 4: Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy phép "
            "hoặc trả lời bằng văn bản nêu rõ lý do.\nBước 5: Trả kết quả tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia "
            "theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Doanh nghiệp, hộ kinh doanh kinh doanh dịch vụ karaoke",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
        "fees": (
            "Phí thẩm định: từ 2.000.000 đồng đến 12.000.000 đồng/giấy phép tùy địa bàn và số "
            "phòng hát (theo quy định của Bộ Tài chính)."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy phép theo Mẫu số 01", 1, 0, True, "M01-KR"),
            ("Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh", 0, 1, False, None),
            ("Bản sao văn bản thẩm duyệt về phòng cháy, chữa cháy (nếu có)", 0, 1, False, None),
        ],
        "forms": [
            (
                "M01-KR",
                "Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh karaoke",
                "docx",
                "2019-09-01",
                None,
            ),
        ],
        "legal_basis": ["54/2019/NĐ-CP"],
    },
    {
        "code": "1.001030",
        "name": "Cấp Giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
        "field": "Văn hóa",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã thẩm định nội dung điều chỉnh, kiểm tra thực tế khi "
            "tăng số phòng hát và cấp Giấy phép điều chỉnh.\nBước 4: Trả kết quả tại Bộ phận Một "
            "cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công "
            "quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": (
            "Doanh nghiệp, hộ kinh doanh đã được cấp Giấy phép kinh doanh dịch vụ karaoke"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
        "fees": (
            "Phí thẩm định điều chỉnh: 2.000.000 đồng/phòng tăng thêm; không thu khi thay đổi chủ "
            "sở hữu."
        ),
        "fee_bearing": True,
        "components": [("Đơn đề nghị điều chỉnh Giấy phép theo Mẫu số 03", 1, 0, True, "M03-KR")],
        "forms": [
            (
                "M03-KR",
                "Đơn đề nghị điều chỉnh Giấy phép đủ điều kiện kinh doanh karaoke",
                "docx",
                "2019-09-01",
                None,
            ),
        ],
        "legal_basis": ["54/2019/NĐ-CP"],
    },
    {
        "code": "1.009397",
        "name": "Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật",
        "field": "Văn hóa",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Văn hóa, Thể thao và Du lịch tiếp nhận thông báo; trường hợp không đồng ý "
            "thì trả lời bằng văn bản và nêu rõ lý do.\nBước 4: Trả kết quả tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo "
            "yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": (
            "Thông báo phải gửi trước ít nhất 05 ngày làm việc tính đến ngày tổ chức biểu diễn."
        ),
        "target_group": "Tổ chức, cá nhân tổ chức biểu diễn nghệ thuật",
        "implementing_agency": "Sở Văn hóa, Thể thao và Du lịch",
        "result": "Ý kiến bằng văn bản (trường hợp không đồng ý)",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản thông báo tổ chức biểu diễn nghệ thuật theo mẫu", 1, 0, True, "TB-BD"),
        ],
        "forms": [("TB-BD", "Thông báo tổ chức biểu diễn nghệ thuật", "docx", "2021-02-01", None)],
        "legal_basis": ["144/2020/NĐ-CP"],
    },
    {
        "code": "1.012412",
        "name": "Đăng ký tổ chức lễ hội cấp tỉnh",
        "field": "Văn hóa",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ, lấy ý kiến các cơ quan liên "
            "quan và trình Ủy ban nhân dân tỉnh chấp thuận việc tổ chức lễ hội.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức đăng ký tổ chức lễ hội thuộc thẩm quyền cấp tỉnh",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Văn hóa, Thể thao và Du lịch",
        "result": "Văn bản chấp thuận đăng ký tổ chức lễ hội",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đăng ký tổ chức lễ hội theo mẫu", 1, 0, True, "ĐK-LH"),
            ("Kế hoạch tổ chức lễ hội", 1, 0, True, None),
            (
                "Phương án bảo đảm an ninh, trật tự, phòng cháy, chữa cháy, vệ sinh môi trường",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [("ĐK-LH", "Văn bản đăng ký tổ chức lễ hội", "docx", "2018-10-15", None)],
        "legal_basis": ["110/2018/NĐ-CP"],
    },
    {
        "code": "1.001031",
        "name": "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường",
        "field": "Văn hóa",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ, kiểm tra thực tế điều kiện "
            "kinh doanh và cấp Giấy phép.\nBước 4: Trả kết quả tại Trung tâm Phục vụ hành chính "
            "công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu "
            "của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Doanh nghiệp, hộ kinh doanh kinh doanh dịch vụ vũ trường",
        "implementing_agency": "Sở Văn hóa, Thể thao và Du lịch",
        "result": "Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường",
        "fees": (
            "Phí thẩm định: 15.000.000 đồng/giấy phép tại khu vực đô thị; 10.000.000 đồng/giấy "
            "phép tại khu vực khác."
        ),
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy phép theo Mẫu số 02", 1, 0, True, None),
            ("Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh", 0, 1, False, None),
        ],
        "forms": [],
        "legal_basis": ["54/2019/NĐ-CP"],
    },
    {
        "code": "1.003590",
        "name": "Hỗ trợ khôi phục sản xuất nông nghiệp vùng bị thiệt hại do thiên tai, dịch bệnh",
        "field": "Nông nghiệp",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã kiểm tra, xác định mức độ thiệt hại thực tế và niêm "
            "yết công khai danh sách hộ đề nghị hỗ trợ.\nBước 4: Ủy ban nhân dân cấp xã tổng hợp, "
            "phê duyệt hoặc đề nghị cấp có thẩm quyền phê duyệt kinh phí và chi trả hỗ trợ cho hộ "
            "sản xuất.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc "
            "qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": "Không bao gồm thời gian niêm yết công khai danh sách.",
        "target_group": "Hộ nông dân, tổ hợp tác, hợp tác xã sản xuất nông nghiệp bị thiệt hại",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định hỗ trợ khôi phục sản xuất",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Đơn đề nghị hỗ trợ khôi phục sản xuất theo mẫu", 1, 0, True, "HT-TT")],
        "forms": [("HT-TT", "Đơn đề nghị hỗ trợ khôi phục sản xuất", "docx", "2017-03-01", None)],
        "legal_basis": ["02/2017/NĐ-CP"],
    },
    {
        "code": "1.008004",
        "name": "Đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa",
        "field": "Nông nghiệp",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã kiểm tra sự phù hợp với kế hoạch chuyển đổi cơ cấu cây "
            "trồng trên đất trồng lúa của địa phương và có ý kiến chấp thuận hoặc không chấp "
            "thuận.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch "
            "vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Cá nhân, tổ chức sử dụng đất trồng lúa",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Văn bản chấp thuận chuyển đổi cơ cấu cây trồng trên đất trồng lúa",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            (
                "Bản đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa theo mẫu",
                1,
                0,
                True,
                "ĐK-CĐ",
            ),
        ],
        "forms": [
            (
                "ĐK-CĐ",
                "Bản đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa",
                "docx",
                "2024-09-11",
                None,
            ),
        ],
        "legal_basis": ["112/2024/NĐ-CP", "31/2024/QH15"],
    },
    {
        "code": "1.008005",
        "name": "Kê khai hoạt động chăn nuôi",
        "field": "Nông nghiệp",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã tiếp nhận, tổng hợp thông tin kê khai hoạt động chăn "
            "nuôi và cập nhật vào cơ sở dữ liệu chăn nuôi.\nBước 4: Trả kết quả tại Bộ phận Một "
            "cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công "
            "quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (8, "working_hours"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân chăn nuôi trang trại quy mô nhỏ, chăn nuôi nông hộ",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Thông tin kê khai được tiếp nhận và cập nhật",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Bản kê khai hoạt động chăn nuôi theo mẫu", 1, 0, True, "KK-CN")],
        "forms": [("KK-CN", "Bản kê khai hoạt động chăn nuôi", "xlsx", "2020-03-05", None)],
        "legal_basis": ["32/2018/QH14"],
    },
    {
        "code": "1.004346",
        "name": "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
        "field": "Nông nghiệp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Chi cục Trồng trọt và Bảo vệ thực vật thẩm định hồ sơ, kiểm tra thực tế điều "
            "kiện cửa hàng, kho thuốc bảo vệ thực vật.\nBước 4: Cơ sở đạt yêu cầu thì được cấp "
            "Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân buôn bán thuốc bảo vệ thực vật",
        "implementing_agency": (
            "Sở Nông nghiệp và Môi trường (Chi cục Trồng trọt và Bảo vệ thực vật)"
        ),
        "result": "Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật (thời hạn 05 năm)",
        "fees": "Phí thẩm định điều kiện buôn bán thuốc bảo vệ thực vật: 500.000 đồng/cơ sở.",
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy chứng nhận theo mẫu", 1, 0, True, None),
            ("Bản thuyết minh điều kiện buôn bán thuốc bảo vệ thực vật", 1, 0, True, None),
            (
                "Bản sao văn bằng, giấy chứng nhận bồi dưỡng chuyên môn về thuốc bảo vệ thực vật",
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["41/2013/QH13"],
    },
    {
        "code": "1.004347",
        "name": (
            "Cấp Giấy chứng nhận đủ điều kiện chăn nuôi đối với chăn nuôi trang trại quy mô lớn"
        ),
        "field": "Nông nghiệp",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nông nghiệp và Môi trường thẩm định hồ sơ, đánh giá điều kiện thực tế của "
            "trang trại chăn nuôi và cấp Giấy chứng nhận.\nBước 4: Trả kết quả tại Trung tâm Phục "
            "vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia "
            "theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức, cá nhân chăn nuôi trang trại quy mô lớn",
        "implementing_agency": "Sở Nông nghiệp và Môi trường",
        "result": "Giấy chứng nhận đủ điều kiện chăn nuôi",
        "fees": "Phí thẩm định: 1.500.000 đồng/lần thẩm định.",
        "fee_bearing": True,
        "components": [
            ("Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện chăn nuôi theo mẫu", 1, 0, True, None),
            ("Bản thuyết minh về điều kiện chăn nuôi", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["32/2018/QH14"],
    },
    {
        "code": "1.001776",
        "name": (
            "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm "
            "sóc, nuôi dưỡng hằng tháng"
        ),
        "field": "Bảo trợ xã hội",
        "level": "commune",
        "steps": (
            "Bước 1: Đối tượng hoặc người giám hộ nộp Tờ khai đề nghị trợ giúp xã hội tại Bộ phận "
            "Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến.\n"
            "Bước 2: Công chức phụ trách văn hóa - xã hội kiểm tra hồ sơ, đối chiếu thông tin với "
            "Cơ sở dữ liệu quốc gia về dân cư và xác minh hoàn cảnh của đối tượng khi cần.\n"
            "Bước 3: Chủ tịch Ủy ban nhân dân cấp xã quyết định trợ cấp xã hội hằng tháng, hỗ trợ "
            "kinh phí chăm sóc, nuôi dưỡng; trường hợp không đủ điều kiện thì trả lời bằng văn bản "
            "và nêu rõ lý do.\nBước 4: Tổ chức chi trả trợ cấp cho đối tượng kể từ tháng quyết "
            "định có hiệu lực qua tài khoản hoặc tại điểm chi trả."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": (
            "Người khuyết tật chưa có Giấy xác nhận khuyết tật thì thực hiện đồng thời thủ tục xác "
            "định mức độ khuyết tật; thời gian xác định mức độ khuyết tật không tính vào thời hạn."
        ),
        "target_group": (
            "Đối tượng bảo trợ xã hội: trẻ em có hoàn cảnh đặc biệt, người cao tuổi, người khuyết "
            "tật nặng và đặc biệt nặng, người đơn thân nghèo đang nuôi con, người nhiễm HIV/AIDS "
            "thuộc hộ nghèo và hộ gia đình, cá nhân nhận chăm sóc, nuôi dưỡng đối tượng"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định trợ cấp xã hội hằng tháng hoặc hỗ trợ kinh phí chăm sóc, nuôi dưỡng",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            (
                "Tờ khai đề nghị trợ giúp xã hội theo mẫu (Mẫu số 1a đến 1d tùy đối tượng)",
                1,
                0,
                True,
                "TK-1a",
            ),
            (
                (
                    "Giấy xác nhận khuyết tật (đối với người khuyết tật, nếu thông tin chưa có "
                    "trong cơ sở dữ liệu)"
                ),
                0,
                1,
                False,
                None,
            ),
            (
                (
                    "Giấy tờ chứng minh hoàn cảnh của đối tượng (quyết định của tòa án, giấy chứng "
                    "tử của cha mẹ, giấy xác nhận đang điều trị HIV/AIDS...)"
                ),
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "TK-1a",
                "Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a, Nghị định số 76/2024/NĐ-CP)",
                "docx",
                "2024-07-01",
                None,
            ),
            # EXPIRED (deliberate): superseded form still attached to the procedure.
            (
                "TK-1a-2021",
                "Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a, Nghị định số 20/2021/NĐ-CP)",
                "docx",
                "2021-07-01",
                "2024-06-30",
            ),
        ],
        "legal_basis": ["20/2021/NĐ-CP", "76/2024/NĐ-CP"],
    },
    {
        "code": "1.001758",
        "name": "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở",
        "field": "Bảo trợ xã hội",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách văn hóa - xã hội kiểm tra, xác minh hoàn cảnh của đối "
            "tượng và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết định.\n"
            "Bước 4: Ủy ban nhân dân cấp xã tổ chức chi trả hỗ trợ cho đối tượng.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (7, "working_days"),
        "time_limit_note": "",
        "target_group": (
            "Hộ gia đình có nhà ở bị đổ, sập, trôi, cháy hoàn toàn hoặc hư hỏng nặng do thiên tai, "
            "hỏa hoạn hoặc lý do bất khả kháng khác"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Tờ khai đề nghị hỗ trợ về nhà ở theo mẫu", 1, 0, True, None)],
        "forms": [],
        "legal_basis": ["20/2021/NĐ-CP", "76/2024/NĐ-CP"],
    },
    {
        "code": "1.001731",
        "name": "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
        "field": "Bảo trợ xã hội",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách văn hóa - xã hội kiểm tra, xác minh hoàn cảnh của đối "
            "tượng và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết định.\n"
            "Bước 4: Ủy ban nhân dân cấp xã tổ chức chi trả hỗ trợ cho đối tượng.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": (
            "Cơ quan, tổ chức, hộ gia đình hoặc cá nhân tổ chức mai táng cho đối tượng bảo trợ xã "
            "hội"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định hỗ trợ chi phí mai táng",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu", 1, 0, True, None),
            ("Bản sao giấy báo tử hoặc trích lục khai tử", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["20/2021/NĐ-CP", "76/2024/NĐ-CP"],
    },
    {
        "code": "1.001753",
        "name": "Chi trả trợ cấp xã hội hằng tháng khi đối tượng thay đổi nơi cư trú",
        "field": "Bảo trợ xã hội",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách văn hóa - xã hội kiểm tra, xác minh hoàn cảnh của đối "
            "tượng và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết định.\n"
            "Bước 4: Ủy ban nhân dân cấp xã tổ chức chi trả hỗ trợ cho đối tượng.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Đối tượng đang hưởng trợ cấp xã hội hằng tháng thay đổi nơi cư trú",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định thôi hưởng tại nơi cũ và quyết định hưởng trợ cấp tại nơi cư trú mới",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Văn bản đề nghị chuyển nơi hưởng trợ cấp xã hội", 1, 0, True, None)],
        "forms": [],
        "legal_basis": ["20/2021/NĐ-CP", "76/2024/NĐ-CP"],
    },
    {
        "code": "1.001699",
        "name": "Hỗ trợ kinh phí nhận chăm sóc, nuôi dưỡng đối tượng cần bảo vệ khẩn cấp",
        "field": "Bảo trợ xã hội",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách văn hóa - xã hội kiểm tra, xác minh hoàn cảnh của đối "
            "tượng và trình Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết định.\n"
            "Bước 4: Ủy ban nhân dân cấp xã tổ chức chi trả hỗ trợ cho đối tượng.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua dịch vụ bưu "
            "chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": (
            "Hộ gia đình, cá nhân nhận chăm sóc, nuôi dưỡng đối tượng cần bảo vệ khẩn cấp"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định hỗ trợ kinh phí chăm sóc, nuôi dưỡng",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai nhận chăm sóc, nuôi dưỡng theo mẫu", 1, 0, True, None),
            ("Biên bản về việc đối tượng cần bảo vệ khẩn cấp", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["20/2021/NĐ-CP", "76/2024/NĐ-CP"],
    },
    {
        "code": "1.001653",
        "name": "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
        "field": "Bảo trợ xã hội",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Hội đồng xác định mức độ khuyết tật cấp xã tổ chức đánh giá mức độ khuyết tật "
            "bằng phương pháp quan sát trực tiếp và bộ câu hỏi theo tiêu chí về chức năng.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã căn cứ kết luận của Hội đồng cấp Giấy xác "
            "nhận khuyết tật và niêm yết công khai kết quả.\nBước 5: Trả kết quả tại Bộ phận Một "
            "cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp "
            "hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": (
            "Trường hợp phải chuyển Hội đồng giám định y khoa thì không tính thời gian giám định."
        ),
        "target_group": "Người khuyết tật hoặc người đại diện hợp pháp",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy xác nhận khuyết tật",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị xác định mức độ khuyết tật theo mẫu", 1, 0, True, "XĐKT"),
            (
                (
                    "Bản sao giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị...) "
                    "nếu có"
                ),
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [
            (
                "XĐKT",
                "Đơn đề nghị xác định, xác định lại mức độ khuyết tật",
                "docx",
                "2019-03-01",
                None,
            ),
        ],
        "legal_basis": ["51/2010/QH12"],
    },
    {
        "code": "1.001654",
        "name": "Đổi, cấp lại Giấy xác nhận khuyết tật",
        "field": "Bảo trợ xã hội",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách văn hóa - xã hội kiểm tra hồ sơ, đối chiếu thông tin đã "
            "xác định và trình Chủ tịch Ủy ban nhân dân cấp xã cấp đổi, cấp lại Giấy xác nhận "
            "khuyết tật.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, qua "
            "dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ "
            "sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Người khuyết tật đã được cấp Giấy xác nhận khuyết tật",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy xác nhận khuyết tật (cấp đổi, cấp lại)",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật", 1, 0, True, None),
            ("Giấy xác nhận khuyết tật đã cấp (trường hợp đổi do hư hỏng)", 1, 0, False, None),
        ],
        "forms": [],
        "legal_basis": ["51/2010/QH12"],
    },
    {
        "code": "1.001739",
        "name": (
            "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp "
            "xã hội cấp tỉnh"
        ),
        "field": "Bảo trợ xã hội",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã lập hồ sơ, có văn bản đề nghị gửi Sở Y tế.\n"
            "Bước 4: Sở Y tế thẩm định, quyết định và giao cơ sở trợ giúp xã hội cấp tỉnh thực "
            "hiện.\nBước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch "
            "vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Đối tượng bảo trợ xã hội và người giám hộ, người đại diện",
        "implementing_agency": "Sở Y tế; cơ sở trợ giúp xã hội cấp tỉnh",
        "result": "Quyết định của Giám đốc Sở Y tế",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai đề nghị theo mẫu", 1, 0, True, None),
            ("Văn bản đề nghị của Ủy ban nhân dân cấp xã", 1, 0, True, None),
            ("Bản sao giấy tờ chứng minh hoàn cảnh của đối tượng", 0, 1, False, None),
        ],
        "forms": [],
        "legal_basis": ["20/2021/NĐ-CP", "76/2024/NĐ-CP"],
    },
    {
        "code": "1.001740",
        "name": "Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội cấp tỉnh",
        "field": "Bảo trợ xã hội",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã lập hồ sơ, có văn bản đề nghị gửi Sở Y tế.\n"
            "Bước 4: Sở Y tế thẩm định, quyết định và giao cơ sở trợ giúp xã hội cấp tỉnh thực "
            "hiện.\nBước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch "
            "vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Đối tượng bảo trợ xã hội và người giám hộ, người đại diện",
        "implementing_agency": "Sở Y tế; cơ sở trợ giúp xã hội cấp tỉnh",
        "result": "Quyết định của Giám đốc Sở Y tế",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai đề nghị theo mẫu", 1, 0, True, None),
            ("Văn bản đề nghị của Ủy ban nhân dân cấp xã", 1, 0, True, None),
            ("Bản sao giấy tờ chứng minh hoàn cảnh của đối tượng", 0, 1, False, None),
        ],
        "forms": [],
        "legal_basis": ["20/2021/NĐ-CP", "76/2024/NĐ-CP"],
    },
    {
        "code": "1.001741",
        "name": "Dừng trợ giúp xã hội tại cơ sở trợ giúp xã hội cấp tỉnh",
        "field": "Bảo trợ xã hội",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã lập hồ sơ, có văn bản đề nghị gửi Sở Y tế.\n"
            "Bước 4: Sở Y tế thẩm định, quyết định và giao cơ sở trợ giúp xã hội cấp tỉnh thực "
            "hiện.\nBước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch "
            "vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Đối tượng bảo trợ xã hội và người giám hộ, người đại diện",
        "implementing_agency": "Sở Y tế; cơ sở trợ giúp xã hội cấp tỉnh",
        "result": "Quyết định của Giám đốc Sở Y tế",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ khai đề nghị theo mẫu", 1, 0, True, None),
            ("Văn bản đề nghị của Ủy ban nhân dân cấp xã", 1, 0, True, None),
            ("Bản sao giấy tờ chứng minh hoàn cảnh của đối tượng", 0, 1, False, None),
        ],
        "forms": [],
        "legal_basis": ["20/2021/NĐ-CP", "76/2024/NĐ-CP"],
    },
    {
        "code": "1.004946",
        "name": (
            "Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường "
            "hoặc người gây tổn hại cho trẻ em"
        ),
        "field": "Trẻ em",
        "level": "commune",
        "steps": (
            "Bước 1: Cơ quan, tổ chức, cá nhân thông báo, tố giác hành vi xâm hại trẻ em đến Ủy "
            "ban nhân dân cấp xã hoặc Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.\n"
            "Bước 2: Công chức phụ trách trẻ em phối hợp công an cấp xã đánh giá nguy cơ, xác minh "
            "thông tin.\nBước 3: Chủ tịch Ủy ban nhân dân cấp xã quyết định áp dụng biện pháp can "
            "thiệp khẩn cấp hoặc tạm thời cách ly trẻ em và bố trí nơi tạm trú an toàn."
        ),
        "submission_methods": "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã.",
        "counter": True,
        "postal": False,
        "online_level": "none",
        "time_limit": (12, "working_hours"),
        "time_limit_note": (
            "Đánh giá nguy cơ và áp dụng biện pháp bảo vệ trong vòng 12 giờ kể từ khi nhận được "
            "thông báo."
        ),
        "target_group": "Trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định áp dụng biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Thông báo, tố giác bằng văn bản hoặc biên bản ghi nhận thông tin", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["102/2016/QH13"],
    },
    {
        "code": "1.004944",
        "name": (
            "Đăng ký nhận chăm sóc thay thế cho trẻ em đối với cá nhân, người đại diện gia đình "
            "nhận chăm sóc thay thế không phải là người thân thích của trẻ em"
        ),
        "field": "Trẻ em",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách trẻ em xác minh, đánh giá hoàn cảnh và lấy ý kiến của trẻ "
            "em từ đủ 07 tuổi trở lên.\nBước 4: Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết "
            "định.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua "
            "dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Cá nhân, gia đình có nhu cầu nhận chăm sóc thay thế trẻ em",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định giao, nhận trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đăng ký nhận chăm sóc thay thế theo mẫu", 1, 0, True, None),
            ("Phiếu lý lịch tư pháp của người đăng ký nhận chăm sóc thay thế", 1, 0, True, None),
            ("Giấy khám sức khỏe do cơ sở y tế cấp", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["102/2016/QH13"],
    },
    {
        "code": "1.004945",
        "name": "Chấm dứt việc chăm sóc thay thế cho trẻ em",
        "field": "Trẻ em",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách trẻ em xác minh, đánh giá hoàn cảnh và lấy ý kiến của trẻ "
            "em từ đủ 07 tuổi trở lên.\nBước 4: Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết "
            "định.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua "
            "dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Cá nhân, gia đình đang nhận chăm sóc thay thế trẻ em",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định chấm dứt việc chăm sóc thay thế",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Văn bản đề nghị chấm dứt việc chăm sóc thay thế", 1, 0, True, None)],
        "forms": [],
        "legal_basis": ["102/2016/QH13"],
    },
    {
        "code": "1.004947",
        "name": (
            "Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo "
            "lực, bóc lột, bỏ rơi và trẻ em có hoàn cảnh đặc biệt"
        ),
        "field": "Trẻ em",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách trẻ em xác minh, đánh giá hoàn cảnh và lấy ý kiến của trẻ "
            "em từ đủ 07 tuổi trở lên.\nBước 4: Chủ tịch Ủy ban nhân dân cấp xã xem xét, quyết "
            "định.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua "
            "dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (7, "working_days"),
        "time_limit_note": "",
        "target_group": (
            "Trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi; trẻ em có hoàn cảnh "
            "đặc biệt"
        ),
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định phê duyệt kế hoạch hỗ trợ, can thiệp",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Báo cáo đánh giá nguy cơ và nhu cầu của trẻ em", 1, 0, True, None),
            ("Dự thảo kế hoạch hỗ trợ, can thiệp", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["102/2016/QH13"],
    },
    {
        "code": "1.010820",
        "name": "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm",
        "field": "Giảm nghèo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ban chỉ đạo giảm nghèo cấp xã chỉ đạo rà soát, thu thập thông tin hộ gia đình "
            "bằng phiếu khảo sát và tổ chức họp thống nhất kết quả.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận và niêm yết công khai "
            "tại trụ sở Ủy ban nhân dân cấp xã, nhà văn hóa thôn.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (7, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình cư trú trên địa bàn xã",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": (
            "Quyết định công nhận hộ nghèo, hộ cận nghèo và Giấy chứng nhận hộ nghèo, hộ cận nghèo"
        ),
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Giấy đề nghị rà soát hộ gia đình theo mẫu", 1, 0, True, "GN-01")],
        "forms": [
            (
                "GN-01",
                "Giấy đề nghị xét duyệt bổ sung hộ nghèo, hộ cận nghèo",
                "docx",
                "2021-09-01",
                None,
            ),
        ],
        "legal_basis": ["07/2021/NĐ-CP"],
    },
    {
        "code": "1.010821",
        "name": "Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm",
        "field": "Giảm nghèo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ban chỉ đạo giảm nghèo cấp xã chỉ đạo rà soát, thu thập thông tin hộ gia đình "
            "bằng phiếu khảo sát và tổ chức họp thống nhất kết quả.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận và niêm yết công khai "
            "tại trụ sở Ủy ban nhân dân cấp xã, nhà văn hóa thôn.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (7, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình cư trú trên địa bàn xã",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định công nhận hộ thoát nghèo, hộ thoát cận nghèo",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Giấy đề nghị rà soát hộ gia đình theo mẫu", 1, 0, True, "GN-01")],
        "forms": [
            (
                "GN-01",
                "Giấy đề nghị xét duyệt bổ sung hộ nghèo, hộ cận nghèo",
                "docx",
                "2021-09-01",
                None,
            ),
        ],
        "legal_basis": ["07/2021/NĐ-CP"],
    },
    {
        "code": "1.010822",
        "name": (
            "Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung "
            "bình"
        ),
        "field": "Giảm nghèo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ban chỉ đạo giảm nghèo cấp xã chỉ đạo rà soát, thu thập thông tin hộ gia đình "
            "bằng phiếu khảo sát và tổ chức họp thống nhất kết quả.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận và niêm yết công khai "
            "tại trụ sở Ủy ban nhân dân cấp xã, nhà văn hóa thôn.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (7, "working_days"),
        "time_limit_note": "",
        "target_group": "Hộ gia đình cư trú trên địa bàn xã",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": (
            "Quyết định công nhận hộ có mức sống trung bình (làm căn cứ hỗ trợ đóng bảo hiểm y tế)"
        ),
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Giấy đề nghị rà soát hộ gia đình theo mẫu", 1, 0, True, "GN-01")],
        "forms": [
            (
                "GN-01",
                "Giấy đề nghị xét duyệt bổ sung hộ nghèo, hộ cận nghèo",
                "docx",
                "2021-09-01",
                None,
            ),
        ],
        "legal_basis": ["07/2021/NĐ-CP"],
    },
    {
        "code": "1.010815",
        "name": (
            "Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng từ "
            "trần"
        ),
        "field": "Người có công",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã kiểm tra, xác nhận hồ sơ và gửi Sở Nội vụ trong thời "
            "hạn 05 ngày làm việc.\nBước 4: Sở Nội vụ ban hành quyết định trợ cấp mai táng phí, "
            "trợ cấp một lần và chuyển Ủy ban nhân dân cấp xã chi trả cho thân nhân.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (12, "working_days"),
        "time_limit_note": "Cấp xã: 05 ngày làm việc; Sở Nội vụ: 07 ngày làm việc.",
        "target_group": "Thân nhân hoặc người tổ chức mai táng người có công với cách mạng",
        "implementing_agency": "Ủy ban nhân dân cấp xã; Sở Nội vụ",
        "result": "Quyết định trợ cấp mai táng phí, trợ cấp một lần",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Bản khai của thân nhân hoặc người tổ chức mai táng theo mẫu", 1, 0, True, "M16"),
            ("Trích lục khai tử (bản sao hoặc bản điện tử)", 0, 1, True, None),
            ("Văn bản ủy quyền của các thân nhân (nếu có)", 1, 0, False, None),
        ],
        "forms": [
            (
                "M16",
                "Bản khai đề nghị hưởng mai táng phí, trợ cấp một lần",
                "docx",
                "2022-02-15",
                None,
            ),
        ],
        "legal_basis": ["02/2020/UBTVQH14", "131/2021/NĐ-CP"],
    },
    {
        "code": "1.010816",
        "name": (
            "Xác nhận vào đơn đề nghị di chuyển hài cốt liệt sĩ; đơn đề nghị thăm viếng mộ liệt sĩ"
        ),
        "field": "Người có công",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã kiểm tra thông tin của người đề nghị và xác nhận vào "
            "đơn.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua "
            "dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Thân nhân liệt sĩ hoặc người thờ cúng liệt sĩ",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Đơn đề nghị đã được Ủy ban nhân dân cấp xã xác nhận",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Đơn đề nghị theo mẫu", 1, 0, True, "M37")],
        "forms": [
            (
                "M37",
                "Đơn đề nghị thăm viếng mộ, di chuyển hài cốt liệt sĩ",
                "docx",
                "2022-02-15",
                None,
            ),
        ],
        "legal_basis": ["02/2020/UBTVQH14", "131/2021/NĐ-CP"],
    },
    {
        "code": "1.010817",
        "name": "Ủy quyền hưởng trợ cấp, phụ cấp ưu đãi",
        "field": "Người có công",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã kiểm tra, chứng thực giấy ủy quyền và điều chỉnh danh "
            "sách chi trả trợ cấp, phụ cấp ưu đãi.\nBước 4: Trả kết quả tại Bộ phận Một cửa của Ủy "
            "ban nhân dân cấp xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (3, "working_days"),
        "time_limit_note": "",
        "target_group": "Người có công với cách mạng, thân nhân đang hưởng trợ cấp, phụ cấp ưu đãi",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Danh sách chi trả được điều chỉnh theo giấy ủy quyền",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Giấy ủy quyền theo mẫu", 1, 0, True, "M48")],
        "forms": [
            ("M48", "Giấy ủy quyền hưởng trợ cấp, phụ cấp ưu đãi", "docx", "2022-02-15", None),
        ],
        "legal_basis": ["02/2020/UBTVQH14", "131/2021/NĐ-CP"],
    },
    {
        "code": "1.010801",
        "name": "Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ",
        "field": "Người có công",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ kiểm tra, đối chiếu hồ sơ người có công đang quản lý, xác minh "
            "thông tin khi cần.\nBước 4: Giám đốc Sở Nội vụ ban hành quyết định hoặc giấy giới "
            "thiệu; chuyển Ủy ban nhân dân cấp xã nơi cư trú để tổ chức thực hiện.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (12, "working_days"),
        "time_limit_note": "",
        "target_group": "Người có công với cách mạng và thân nhân",
        "implementing_agency": "Sở Nội vụ",
        "result": "Quyết định hoặc giấy giới thiệu của Sở Nội vụ",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Bản khai thân nhân liệt sĩ theo mẫu", 1, 0, True, None),
            (
                "Bản sao Giấy chứng nhận gia đình liệt sĩ hoặc Bằng Tổ quốc ghi công",
                0,
                1,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["02/2020/UBTVQH14", "131/2021/NĐ-CP"],
    },
    {
        "code": "1.010802",
        "name": (
            "Công nhận và giải quyết chế độ ưu đãi người hoạt động kháng chiến bị nhiễm chất độc "
            "hóa học"
        ),
        "field": "Người có công",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ kiểm tra, đối chiếu hồ sơ người có công đang quản lý, xác minh "
            "thông tin khi cần.\nBước 4: Giám đốc Sở Nội vụ ban hành quyết định hoặc giấy giới "
            "thiệu; chuyển Ủy ban nhân dân cấp xã nơi cư trú để tổ chức thực hiện.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "Không bao gồm thời gian giám định của Hội đồng giám định y khoa.",
        "target_group": "Người có công với cách mạng và thân nhân",
        "implementing_agency": "Sở Nội vụ",
        "result": "Quyết định hoặc giấy giới thiệu của Sở Nội vụ",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Bản khai cá nhân theo mẫu", 1, 0, True, None),
            (
                (
                    "Giấy tờ chứng minh thời gian hoạt động kháng chiến tại vùng quân đội Mỹ sử "
                    "dụng chất độc hóa học"
                ),
                0,
                1,
                True,
                None,
            ),
            ("Giấy chứng nhận mắc bệnh do cơ sở y tế có thẩm quyền cấp", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["02/2020/UBTVQH14", "131/2021/NĐ-CP"],
    },
    {
        "code": "1.010803",
        "name": "Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú",
        "field": "Người có công",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ kiểm tra, đối chiếu hồ sơ người có công đang quản lý, xác minh "
            "thông tin khi cần.\nBước 4: Giám đốc Sở Nội vụ ban hành quyết định hoặc giấy giới "
            "thiệu; chuyển Ủy ban nhân dân cấp xã nơi cư trú để tổ chức thực hiện.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Người có công với cách mạng và thân nhân",
        "implementing_agency": "Sở Nội vụ",
        "result": "Quyết định hoặc giấy giới thiệu của Sở Nội vụ",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Đơn đề nghị di chuyển hồ sơ người có công theo mẫu", 1, 0, True, None)],
        "forms": [],
        "legal_basis": ["02/2020/UBTVQH14", "131/2021/NĐ-CP"],
    },
    {
        "code": "1.010806",
        "name": "Cấp giấy giới thiệu thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ",
        "field": "Người có công",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ kiểm tra, đối chiếu hồ sơ người có công đang quản lý, xác minh "
            "thông tin khi cần.\nBước 4: Giám đốc Sở Nội vụ ban hành quyết định hoặc giấy giới "
            "thiệu; chuyển Ủy ban nhân dân cấp xã nơi cư trú để tổ chức thực hiện.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "",
        "target_group": "Người có công với cách mạng và thân nhân",
        "implementing_agency": "Sở Nội vụ",
        "result": "Quyết định hoặc giấy giới thiệu của Sở Nội vụ",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            (
                "Đơn đề nghị thăm viếng mộ liệt sĩ có xác nhận của Ủy ban nhân dân cấp xã",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["02/2020/UBTVQH14", "131/2021/NĐ-CP"],
    },
    {
        "code": "1.000105",
        "name": "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
        "field": "Lao động",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ kiểm tra hồ sơ, đối chiếu văn bản chấp thuận nhu cầu sử dụng người "
            "lao động nước ngoài và cấp giấy phép lao động.\nBước 4: Trả kết quả tại Trung tâm "
            "Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc "
            "gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Người sử dụng lao động; người lao động nước ngoài",
        "implementing_agency": "Sở Nội vụ",
        "result": "Giấy phép lao động (thời hạn tối đa 02 năm)",
        "fees": "Lệ phí: 600.000 đồng/giấy phép (theo Nghị quyết của Hội đồng nhân dân tỉnh).",
        "fee_bearing": True,
        "components": [
            (
                "Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động theo mẫu",
                1,
                0,
                True,
                None,
            ),
            ("Giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp", 1, 0, True, None),
            (
                "Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải người phạm tội",
                1,
                0,
                True,
                None,
            ),
            (
                "Văn bằng, giấy tờ chứng minh là nhà quản lý, chuyên gia hoặc lao động kỹ thuật",
                0,
                1,
                True,
                None,
            ),
            ("02 ảnh màu cỡ 4 x 6 cm", 2, 0, True, None),
            ("Bản sao hộ chiếu còn giá trị", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["45/2019/QH14", "219/2025/NĐ-CP"],
    },
    {
        "code": "1.000106",
        "name": "Đăng ký nội quy lao động",
        "field": "Lao động",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ xem xét nội quy lao động; trường hợp có nội dung trái pháp luật thì "
            "thông báo, hướng dẫn người sử dụng lao động sửa đổi, bổ sung và đăng ký lại.\n"
            "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính "
            "hoặc trên Cổng Dịch vụ công quốc gia theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
        ),
        "counter": True,
        "postal": True,
        "online_level": "full",
        "time_limit": (7, "working_days"),
        "time_limit_note": "",
        "target_group": "Người sử dụng lao động sử dụng từ 10 người lao động trở lên",
        "implementing_agency": "Sở Nội vụ",
        "result": "Nội quy lao động được đăng ký; thông báo sửa đổi, bổ sung (nếu có)",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị đăng ký nội quy lao động", 1, 0, True, None),
            ("Nội quy lao động", 1, 0, True, None),
            (
                "Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)",
                1,
                0,
                False,
                None,
            ),
            (
                "Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động",
                0,
                1,
                False,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["45/2019/QH14", "145/2020/NĐ-CP"],
    },
    {
        "code": "1.000107",
        "name": "Cấp giấy phép hoạt động cho thuê lại lao động",
        "field": "Lao động",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ thẩm định hồ sơ, kiểm tra điều kiện về vốn, ký quỹ và người đại "
            "diện theo pháp luật của doanh nghiệp.\nBước 4: Chủ tịch Ủy ban nhân dân tỉnh cấp giấy "
            "phép hoạt động cho thuê lại lao động.\nBước 5: Trả kết quả tại Trung tâm Phục vụ hành "
            "chính công tỉnh hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": (
            "Doanh nghiệp phải thực hiện ký quỹ 2.000.000.000 đồng trước khi đề nghị cấp giấy phép."
        ),
        "target_group": "Doanh nghiệp đề nghị hoạt động cho thuê lại lao động",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Nội vụ",
        "result": "Giấy phép hoạt động cho thuê lại lao động (thời hạn tối đa 60 tháng)",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị cấp giấy phép theo mẫu", 1, 0, True, None),
            ("Bản lý lịch tự thuật của người đại diện theo pháp luật", 1, 0, True, None),
            ("Phiếu lý lịch tư pháp số 1 của người đại diện theo pháp luật", 1, 0, True, None),
            ("Giấy chứng nhận tiền ký quỹ hoạt động cho thuê lại lao động", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["45/2019/QH14", "145/2020/NĐ-CP"],
    },
    {
        "code": "1.000748",
        "name": (
            "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích thực hiện nhiệm vụ "
            "chính trị"
        ),
        "field": "Thi đua, khen thưởng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách thi đua, khen thưởng thẩm định hồ sơ, lấy ý kiến hiệp y "
            "của cơ quan liên quan khi cần và trình Hội đồng thi đua, khen thưởng cấp xã xem xét.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã ký quyết định khen thưởng và tổ chức trao "
            "tặng.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu "
            "cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cá nhân, tập thể có thành tích trong thực hiện nhiệm vụ chính trị",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định khen thưởng kèm Giấy khen hoặc Giấy chứng nhận danh hiệu",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị khen thưởng", 1, 0, True, None),
            ("Báo cáo thành tích của cá nhân, tập thể theo mẫu", 1, 0, True, "BCTT"),
            ("Biên bản họp xét của Hội đồng thi đua, khen thưởng cơ sở", 1, 0, True, None),
        ],
        "forms": [("BCTT", "Báo cáo thành tích đề nghị khen thưởng", "docx", "2024-01-01", None)],
        "legal_basis": ["06/2022/QH15", "98/2023/NĐ-CP"],
    },
    {
        "code": "1.000775",
        "name": "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích đột xuất",
        "field": "Thi đua, khen thưởng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách thi đua, khen thưởng thẩm định hồ sơ, lấy ý kiến hiệp y "
            "của cơ quan liên quan khi cần và trình Hội đồng thi đua, khen thưởng cấp xã xem xét.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã ký quyết định khen thưởng và tổ chức trao "
            "tặng.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu "
            "cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (10, "working_days"),
        "time_limit_note": "",
        "target_group": "Cá nhân, tập thể lập được thành tích đột xuất",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định khen thưởng kèm Giấy khen hoặc Giấy chứng nhận danh hiệu",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị khen thưởng", 1, 0, True, None),
            ("Báo cáo tóm tắt thành tích đột xuất", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["06/2022/QH15", "98/2023/NĐ-CP"],
    },
    {
        "code": "1.000774",
        "name": "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình",
        "field": "Thi đua, khen thưởng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách thi đua, khen thưởng thẩm định hồ sơ, lấy ý kiến hiệp y "
            "của cơ quan liên quan khi cần và trình Hội đồng thi đua, khen thưởng cấp xã xem xét.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã ký quyết định khen thưởng và tổ chức trao "
            "tặng.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu "
            "cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Gia đình có đóng góp, ủng hộ về tiền, tài sản cho địa phương",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định khen thưởng kèm Giấy khen hoặc Giấy chứng nhận danh hiệu",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị khen thưởng", 1, 0, True, None),
            ("Báo cáo thành tích, đóng góp của gia đình theo mẫu", 1, 0, True, "BCTT"),
        ],
        "forms": [("BCTT", "Báo cáo thành tích đề nghị khen thưởng", "docx", "2024-01-01", None)],
        "legal_basis": ["06/2022/QH15", "98/2023/NĐ-CP", "91/2017/NĐ-CP"],
    },
    {
        "code": "1.000843",
        "name": "Xét tặng danh hiệu Lao động tiên tiến",
        "field": "Thi đua, khen thưởng",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách thi đua, khen thưởng thẩm định hồ sơ, lấy ý kiến hiệp y "
            "của cơ quan liên quan khi cần và trình Hội đồng thi đua, khen thưởng cấp xã xem xét.\n"
            "Bước 4: Chủ tịch Ủy ban nhân dân cấp xã ký quyết định khen thưởng và tổ chức trao "
            "tặng.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã theo yêu "
            "cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; trực tuyến một phần "
            "trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cán bộ, công chức, viên chức, người lao động thuộc Ủy ban nhân dân cấp xã",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định khen thưởng kèm Giấy khen hoặc Giấy chứng nhận danh hiệu",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị xét tặng danh hiệu", 1, 0, True, None),
            ("Biên bản họp bình xét của đơn vị", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["06/2022/QH15", "98/2023/NĐ-CP"],
    },
    {
        "code": "2.000346",
        "name": "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh",
        "field": "Thi đua, khen thưởng",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ (Ban Thi đua - Khen thưởng) thẩm định hồ sơ, lấy ý kiến hiệp y và "
            "trình Hội đồng thi đua, khen thưởng tỉnh.\nBước 4: Chủ tịch Ủy ban nhân dân tỉnh ký "
            "quyết định khen thưởng và tổ chức trao tặng.\nBước 5: Trả kết quả tại Trung tâm Phục "
            "vụ hành chính công tỉnh theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; trực tuyến một phần trên "
            "Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cá nhân, tập thể có thành tích xuất sắc",
        "implementing_agency": "Chủ tịch Ủy ban nhân dân tỉnh; Sở Nội vụ",
        "result": "Quyết định khen thưởng kèm Bằng khen, Cờ thi đua hoặc Bằng chứng nhận danh hiệu",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị khen thưởng", 1, 0, True, None),
            ("Báo cáo thành tích của cá nhân, tập thể theo mẫu", 1, 0, True, "BCTT"),
            ("Biên bản họp xét của Hội đồng thi đua, khen thưởng cấp trình", 1, 0, True, None),
        ],
        "forms": [("BCTT", "Báo cáo thành tích đề nghị khen thưởng", "docx", "2024-01-01", None)],
        "legal_basis": ["06/2022/QH15", "98/2023/NĐ-CP"],
    },
    {
        "code": "2.000364",
        "name": "Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
        "field": "Thi đua, khen thưởng",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ (Ban Thi đua - Khen thưởng) thẩm định hồ sơ, lấy ý kiến hiệp y và "
            "trình Hội đồng thi đua, khen thưởng tỉnh.\nBước 4: Chủ tịch Ủy ban nhân dân tỉnh ký "
            "quyết định khen thưởng và tổ chức trao tặng.\nBước 5: Trả kết quả tại Trung tâm Phục "
            "vụ hành chính công tỉnh theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; trực tuyến một phần trên "
            "Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Cá nhân có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở",
        "implementing_agency": "Chủ tịch Ủy ban nhân dân tỉnh; Sở Nội vụ",
        "result": "Quyết định khen thưởng kèm Bằng khen, Cờ thi đua hoặc Bằng chứng nhận danh hiệu",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị khen thưởng", 1, 0, True, None),
            ("Báo cáo thành tích cá nhân theo mẫu", 1, 0, True, "BCTT"),
            ("Văn bản công nhận sáng kiến, đề tài khoa học được áp dụng", 0, 1, True, None),
        ],
        "forms": [("BCTT", "Báo cáo thành tích đề nghị khen thưởng", "docx", "2024-01-01", None)],
        "legal_basis": ["06/2022/QH15", "98/2023/NĐ-CP", "91/2017/NĐ-CP"],
    },
    {
        "code": "2.000377",
        "name": "Tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh",
        "field": "Thi đua, khen thưởng",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.\n"
            "Bước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường "
            "hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ (Ban Thi đua - Khen thưởng) thẩm định hồ sơ, lấy ý kiến hiệp y và "
            "trình Hội đồng thi đua, khen thưởng tỉnh.\nBước 4: Chủ tịch Ủy ban nhân dân tỉnh ký "
            "quyết định khen thưởng và tổ chức trao tặng.\nBước 5: Trả kết quả tại Trung tâm Phục "
            "vụ hành chính công tỉnh theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; trực tuyến một phần trên "
            "Cổng Dịch vụ công quốc gia (một số bước thực hiện trực tiếp)."
        ),
        "counter": True,
        "postal": False,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Tập thể dẫn đầu phong trào thi đua của khối, cụm thi đua",
        "implementing_agency": "Chủ tịch Ủy ban nhân dân tỉnh; Sở Nội vụ",
        "result": "Quyết định khen thưởng kèm Bằng khen, Cờ thi đua hoặc Bằng chứng nhận danh hiệu",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Tờ trình đề nghị khen thưởng", 1, 0, True, None),
            ("Báo cáo thành tích của tập thể theo mẫu", 1, 0, True, "BCTT"),
            ("Biên bản họp bình xét của khối, cụm thi đua", 1, 0, True, None),
        ],
        "forms": [("BCTT", "Báo cáo thành tích đề nghị khen thưởng", "docx", "2024-01-01", None)],
        "legal_basis": ["06/2022/QH15", "98/2023/NĐ-CP"],
    },
    {
        "code": "2.001481",
        "name": "Công nhận ban vận động thành lập hội có phạm vi hoạt động trong xã",
        "field": "Tổ chức phi chính phủ",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã thẩm định hồ sơ, lấy ý kiến của cơ quan quản lý nhà "
            "nước về ngành, lĩnh vực hội dự kiến hoạt động.\nBước 4: Chủ tịch Ủy ban nhân dân cấp "
            "xã xem xét, quyết định hoặc trả lời bằng văn bản nêu rõ lý do.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân, tổ chức Việt Nam đề nghị thành lập hội; hội đã được thành lập",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định công nhận ban vận động thành lập hội",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị công nhận ban vận động thành lập hội", 1, 0, True, None),
            (
                "Danh sách và sơ yếu lý lịch của người dự kiến làm thành viên ban vận động",
                1,
                0,
                True,
                None,
            ),
        ],
        "forms": [],
        "legal_basis": ["126/2024/NĐ-CP"],
    },
    {
        "code": "2.001482",
        "name": "Thành lập hội có phạm vi hoạt động trong xã",
        "field": "Tổ chức phi chính phủ",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã thẩm định hồ sơ, lấy ý kiến của cơ quan quản lý nhà "
            "nước về ngành, lĩnh vực hội dự kiến hoạt động.\nBước 4: Chủ tịch Ủy ban nhân dân cấp "
            "xã xem xét, quyết định hoặc trả lời bằng văn bản nêu rõ lý do.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân, tổ chức Việt Nam đề nghị thành lập hội; hội đã được thành lập",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định cho phép thành lập hội",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị thành lập hội", 1, 0, True, None),
            ("Dự thảo điều lệ hội", 1, 0, True, None),
            ("Danh sách những người đăng ký tham gia thành lập hội", 1, 0, True, None),
            ("Văn bản xác nhận nơi dự kiến đặt trụ sở của hội", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["126/2024/NĐ-CP"],
    },
    {
        "code": "2.001483",
        "name": "Phê duyệt điều lệ hội có phạm vi hoạt động trong xã",
        "field": "Tổ chức phi chính phủ",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Ủy ban nhân dân cấp xã thẩm định hồ sơ, lấy ý kiến của cơ quan quản lý nhà "
            "nước về ngành, lĩnh vực hội dự kiến hoạt động.\nBước 4: Chủ tịch Ủy ban nhân dân cấp "
            "xã xem xét, quyết định hoặc trả lời bằng văn bản nêu rõ lý do.\n"
            "Bước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã hoặc qua dịch vụ "
            "bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân, tổ chức Việt Nam đề nghị thành lập hội; hội đã được thành lập",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Quyết định phê duyệt điều lệ hội",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị phê duyệt điều lệ hội", 1, 0, True, None),
            ("Điều lệ và biên bản thông qua điều lệ tại đại hội", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["126/2024/NĐ-CP"],
    },
    {
        "code": "2.001484",
        "name": "Thành lập hội có phạm vi hoạt động trong tỉnh",
        "field": "Tổ chức phi chính phủ",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ thẩm định hồ sơ, lấy ý kiến của cơ quan quản lý nhà nước về ngành, "
            "lĩnh vực hội dự kiến hoạt động.\nBước 4: Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết "
            "định hoặc trả lời bằng văn bản nêu rõ lý do.\nBước 5: Trả kết quả tại Trung tâm Phục "
            "vụ hành chính công tỉnh hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân, tổ chức Việt Nam đề nghị thành lập hội; hội đã được thành lập",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Nội vụ",
        "result": "Quyết định cho phép thành lập hội",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị thành lập hội", 1, 0, True, None),
            ("Dự thảo điều lệ hội", 1, 0, True, None),
            ("Danh sách những người đăng ký tham gia thành lập hội", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["126/2024/NĐ-CP"],
    },
    {
        "code": "2.001485",
        "name": "Phê duyệt điều lệ hội có phạm vi hoạt động trong tỉnh",
        "field": "Tổ chức phi chính phủ",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ thẩm định hồ sơ, lấy ý kiến của cơ quan quản lý nhà nước về ngành, "
            "lĩnh vực hội dự kiến hoạt động.\nBước 4: Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết "
            "định hoặc trả lời bằng văn bản nêu rõ lý do.\nBước 5: Trả kết quả tại Trung tâm Phục "
            "vụ hành chính công tỉnh hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "",
        "target_group": "Công dân, tổ chức Việt Nam đề nghị thành lập hội; hội đã được thành lập",
        "implementing_agency": "Ủy ban nhân dân tỉnh; Sở Nội vụ",
        "result": "Quyết định phê duyệt điều lệ hội",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị phê duyệt điều lệ hội", 1, 0, True, None),
            ("Điều lệ và biên bản thông qua điều lệ tại đại hội", 1, 0, True, None),
        ],
        "forms": [],
        "legal_basis": ["126/2024/NĐ-CP"],
    },
    {
        "code": "2.001486",
        "name": "Cho phép hội đặt văn phòng đại diện",
        "field": "Tổ chức phi chính phủ",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Nội vụ thẩm định hồ sơ, lấy ý kiến Ủy ban nhân dân cấp xã nơi dự kiến đặt "
            "văn phòng đại diện.\nBước 4: Giám đốc Sở Nội vụ có văn bản cho phép hội đặt văn phòng "
            "đại diện.\nBước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua "
            "dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        # INCOMPLETE (deliberate): empty target_group, for the publication completeness check.
        "target_group": "",
        "implementing_agency": "Sở Nội vụ",
        "result": "Văn bản cho phép hội đặt văn phòng đại diện",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Đơn đề nghị đặt văn phòng đại diện", 1, 0, True, None),
            ("Bản sao quyết định thành lập hội và điều lệ hội", 0, 1, True, None),
            ("Giấy tờ chứng minh địa điểm dự kiến đặt văn phòng đại diện", 0, 1, True, None),
        ],
        "forms": [],
        "legal_basis": ["126/2024/NĐ-CP"],
    },
    {
        "code": "1.001055",
        "name": "Đăng ký hoạt động tín ngưỡng",
        "field": "Tín ngưỡng, tôn giáo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách tôn giáo kiểm tra nội dung đăng ký, thông báo và báo cáo "
            "Chủ tịch Ủy ban nhân dân cấp xã.\nBước 4: Ủy ban nhân dân cấp xã có văn bản trả lời; "
            "quá thời hạn mà không có ý kiến thì tổ chức, cá nhân được thực hiện theo nội dung đã "
            "đăng ký, thông báo.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp "
            "xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "Văn bản đăng ký gửi trước ngày 15 tháng 10 hằng năm.",
        "target_group": "Người đại diện hoặc ban quản lý cơ sở tín ngưỡng",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Văn bản chấp thuận hoặc ý kiến không chấp thuận của Ủy ban nhân dân cấp xã",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đăng ký hoạt động tín ngưỡng theo mẫu", 1, 0, True, "B1"),
            ("Danh mục hoạt động tín ngưỡng diễn ra trong năm", 1, 0, True, None),
        ],
        "forms": [
            (
                "B1",
                "Mẫu văn bản đăng ký, thông báo, đề nghị về tín ngưỡng, tôn giáo",
                "docx",
                "2024-03-30",
                None,
            ),
        ],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
    {
        "code": "1.001078",
        "name": "Đăng ký bổ sung hoạt động tín ngưỡng",
        "field": "Tín ngưỡng, tôn giáo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách tôn giáo kiểm tra nội dung đăng ký, thông báo và báo cáo "
            "Chủ tịch Ủy ban nhân dân cấp xã.\nBước 4: Ủy ban nhân dân cấp xã có văn bản trả lời; "
            "quá thời hạn mà không có ý kiến thì tổ chức, cá nhân được thực hiện theo nội dung đã "
            "đăng ký, thông báo.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp "
            "xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Người đại diện hoặc ban quản lý cơ sở tín ngưỡng",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Văn bản chấp thuận hoặc ý kiến không chấp thuận của Ủy ban nhân dân cấp xã",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Văn bản đăng ký bổ sung hoạt động tín ngưỡng theo mẫu", 1, 0, True, "B1")],
        "forms": [
            (
                "B1",
                "Mẫu văn bản đăng ký, thông báo, đề nghị về tín ngưỡng, tôn giáo",
                "docx",
                "2024-03-30",
                None,
            ),
        ],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
    {
        "code": "1.001085",
        "name": "Đăng ký sinh hoạt tôn giáo tập trung",
        "field": "Tín ngưỡng, tôn giáo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách tôn giáo kiểm tra nội dung đăng ký, thông báo và báo cáo "
            "Chủ tịch Ủy ban nhân dân cấp xã.\nBước 4: Ủy ban nhân dân cấp xã có văn bản trả lời; "
            "quá thời hạn mà không có ý kiến thì tổ chức, cá nhân được thực hiện theo nội dung đã "
            "đăng ký, thông báo.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp "
            "xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Người đại diện nhóm người theo tôn giáo",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đăng ký sinh hoạt tôn giáo tập trung theo mẫu", 1, 0, True, "B1"),
            ("Giấy tờ chứng minh hợp pháp địa điểm sinh hoạt tôn giáo tập trung", 0, 1, True, None),
            ("Bản tóm tắt giáo lý, giáo luật, lễ nghi của tôn giáo", 1, 0, False, None),
        ],
        "forms": [
            (
                "B1",
                "Mẫu văn bản đăng ký, thông báo, đề nghị về tín ngưỡng, tôn giáo",
                "docx",
                "2024-03-30",
                None,
            ),
        ],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
    {
        "code": "1.001090",
        "name": (
            "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở "
            "một xã"
        ),
        "field": "Tín ngưỡng, tôn giáo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách tôn giáo kiểm tra nội dung đăng ký, thông báo và báo cáo "
            "Chủ tịch Ủy ban nhân dân cấp xã.\nBước 4: Ủy ban nhân dân cấp xã có văn bản trả lời; "
            "quá thời hạn mà không có ý kiến thì tổ chức, cá nhân được thực hiện theo nội dung đã "
            "đăng ký, thông báo.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp "
            "xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "Thông báo gửi trước ngày 31 tháng 10 hằng năm.",
        "target_group": "Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": (
            "Ý kiến bằng văn bản của Ủy ban nhân dân cấp xã (trường hợp có nội dung không phù hợp)"
        ),
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản thông báo danh mục hoạt động tôn giáo theo mẫu", 1, 0, True, "B1"),
        ],
        "forms": [
            (
                "B1",
                "Mẫu văn bản đăng ký, thông báo, đề nghị về tín ngưỡng, tôn giáo",
                "docx",
                "2024-03-30",
                None,
            ),
        ],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
    {
        "code": "1.001098",
        "name": "Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung trong địa bàn một xã",
        "field": "Tín ngưỡng, tôn giáo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách tôn giáo kiểm tra nội dung đăng ký, thông báo và báo cáo "
            "Chủ tịch Ủy ban nhân dân cấp xã.\nBước 4: Ủy ban nhân dân cấp xã có văn bản trả lời; "
            "quá thời hạn mà không có ý kiến thì tổ chức, cá nhân được thực hiện theo nội dung đã "
            "đăng ký, thông báo.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp "
            "xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Người đại diện nhóm sinh hoạt tôn giáo tập trung",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Văn bản chấp thuận thay đổi địa điểm sinh hoạt tôn giáo tập trung",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị thay đổi địa điểm theo mẫu", 1, 0, True, "B1"),
            ("Giấy tờ chứng minh hợp pháp địa điểm mới", 0, 1, True, None),
        ],
        "forms": [
            (
                "B1",
                "Mẫu văn bản đăng ký, thông báo, đề nghị về tín ngưỡng, tôn giáo",
                "docx",
                "2024-03-30",
                None,
            ),
        ],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
    {
        "code": "1.001109",
        "name": (
            "Thông báo tổ chức quyên góp trong địa bàn một xã của cơ sở tín ngưỡng, tổ chức tôn "
            "giáo, tổ chức tôn giáo trực thuộc"
        ),
        "field": "Tín ngưỡng, tôn giáo",
        "level": "commune",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận Một cửa của "
            "Ủy ban nhân dân cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Công chức phụ trách tôn giáo kiểm tra nội dung đăng ký, thông báo và báo cáo "
            "Chủ tịch Ủy ban nhân dân cấp xã.\nBước 4: Ủy ban nhân dân cấp xã có văn bản trả lời; "
            "quá thời hạn mà không có ý kiến thì tổ chức, cá nhân được thực hiện theo nội dung đã "
            "đăng ký, thông báo.\nBước 5: Trả kết quả tại Bộ phận Một cửa của Ủy ban nhân dân cấp "
            "xã hoặc qua dịch vụ bưu chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã; qua dịch vụ bưu chính "
            "công ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện "
            "trực tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (5, "working_days"),
        "time_limit_note": "Thông báo gửi chậm nhất 20 ngày trước ngày tổ chức quyên góp.",
        "target_group": "Cơ sở tín ngưỡng, tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "result": "Ý kiến bằng văn bản của Ủy ban nhân dân cấp xã (trường hợp không đồng ý)",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [("Văn bản thông báo tổ chức quyên góp theo mẫu", 1, 0, True, "B1")],
        "forms": [
            (
                "B1",
                "Mẫu văn bản đăng ký, thông báo, đề nghị về tín ngưỡng, tôn giáo",
                "docx",
                "2024-03-30",
                None,
            ),
        ],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
    {
        "code": "1.001160",
        "name": (
            "Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức tôn giáo có địa "
            "bàn hoạt động ở một tỉnh"
        ),
        "field": "Tín ngưỡng, tôn giáo",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Dân tộc và Tôn giáo thẩm định hồ sơ, lấy ý kiến Ủy ban nhân dân cấp xã và "
            "các cơ quan có liên quan.\nBước 4: Sở Dân tộc và Tôn giáo hoặc Ủy ban nhân dân tỉnh "
            "có văn bản chấp thuận; trường hợp không chấp thuận thì nêu rõ lý do.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (20, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
        "implementing_agency": "Sở Dân tộc và Tôn giáo",
        "result": "Văn bản chấp thuận đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị theo mẫu", 1, 0, True, "B2"),
            ("Chương trình, nội dung, dự kiến thành phần tham dự", 1, 0, True, None),
        ],
        "forms": [("B2", "Mẫu văn bản đề nghị về hoạt động tôn giáo", "docx", "2024-03-30", None)],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
    {
        "code": "1.001167",
        "name": "Đề nghị tổ chức đại hội của tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh",
        "field": "Tín ngưỡng, tôn giáo",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Dân tộc và Tôn giáo thẩm định hồ sơ, lấy ý kiến Ủy ban nhân dân cấp xã và "
            "các cơ quan có liên quan.\nBước 4: Sở Dân tộc và Tôn giáo hoặc Ủy ban nhân dân tỉnh "
            "có văn bản chấp thuận; trường hợp không chấp thuận thì nêu rõ lý do.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (30, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
        "implementing_agency": "Sở Dân tộc và Tôn giáo",
        "result": "Văn bản chấp thuận việc tổ chức đại hội",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị theo mẫu", 1, 0, True, "B2"),
            ("Chương trình, nội dung, dự kiến thành phần tham dự", 1, 0, True, None),
        ],
        "forms": [("B2", "Mẫu văn bản đề nghị về hoạt động tôn giáo", "docx", "2024-03-30", None)],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
    {
        "code": "1.001180",
        "name": (
            "Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô "
            "tổ chức ở một tỉnh"
        ),
        "field": "Tín ngưỡng, tôn giáo",
        "level": "province",
        "steps": (
            "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp tại Trung tâm Phục vụ "
            "hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công "
            "quốc gia.\nBước 2: Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ "
            "sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.\n"
            "Bước 3: Sở Dân tộc và Tôn giáo thẩm định hồ sơ, lấy ý kiến Ủy ban nhân dân cấp xã và "
            "các cơ quan có liên quan.\nBước 4: Sở Dân tộc và Tôn giáo hoặc Ủy ban nhân dân tỉnh "
            "có văn bản chấp thuận; trường hợp không chấp thuận thì nêu rõ lý do.\n"
            "Bước 5: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu "
            "chính theo yêu cầu của người nộp hồ sơ."
        ),
        "submission_methods": (
            "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công "
            "ích; trực tuyến một phần trên Cổng Dịch vụ công quốc gia (một số bước thực hiện trực "
            "tiếp)."
        ),
        "counter": True,
        "postal": True,
        "online_level": "partial",
        "time_limit": (15, "working_days"),
        "time_limit_note": "",
        "target_group": "Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
        "implementing_agency": "Sở Dân tộc và Tôn giáo",
        "result": "Văn bản chấp thuận việc tổ chức cuộc lễ",
        "fees": "Không thu phí.",
        "fee_bearing": False,
        "components": [
            ("Văn bản đề nghị theo mẫu", 1, 0, True, "B2"),
            ("Chương trình, nội dung, dự kiến thành phần tham dự", 1, 0, True, None),
        ],
        "forms": [("B2", "Mẫu văn bản đề nghị về hoạt động tôn giáo", "docx", "2024-03-30", None)],
        "legal_basis": ["02/2016/QH14", "95/2023/NĐ-CP"],
    },
]

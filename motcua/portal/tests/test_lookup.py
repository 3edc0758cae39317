"""A citizen checks a dossier: code + last four phone digits, nothing personal shown."""

from motcua.dossiers.selectors import LOOKUP as LOOKUP_LIMIT


def test_the_right_code_and_digits_show_the_status_and_history(client, dossier):
    page = client.post(
        "/dossiers/lookup/", {"code": dossier.code.lower(), "phone_last4": "3456"}
    ).content.decode()
    assert "Đăng ký kết hôn" in page and "29/04/2025" in page
    assert "Đang giải quyết" in page and "Đã tiếp nhận" in page
    for private in ["Trần Thị Bình", "0905123456", "Thôn 3", "1234", "counter_a"]:
        assert private not in page


def test_a_wrong_code_and_wrong_digits_look_the_same(client, dossier):
    wrong_digits = client.post(
        "/dossiers/lookup/", {"code": dossier.code, "phone_last4": "0000"}
    ).content.decode()
    wrong_code = client.post(
        "/dossiers/lookup/", {"code": dossier.code[:-1] + "9", "phone_last4": "3456"}
    ).content.decode()
    assert "Đăng ký kết hôn" not in wrong_digits and "Đăng ký kết hôn" not in wrong_code
    assert (
        'class="errorlist nonfield"' in wrong_digits and 'class="errorlist nonfield"' in wrong_code
    )


def test_guessing_codes_is_slowed_down(client, dossier):
    for _attempt in range(LOOKUP_LIMIT.attempts):
        client.post("/dossiers/lookup/", {"code": "X-000000-0000", "phone_last4": "1111"})
    blocked = client.post("/dossiers/lookup/", {"code": dossier.code, "phone_last4": "3456"})
    assert blocked.status_code == 429
    assert "Đăng ký kết hôn" not in blocked.content.decode()


def test_the_lookup_works_without_javascript_and_checks_the_digits(client, db):
    page = client.get("/dossiers/lookup/").content.decode()
    assert "<script" not in page and 'name="phone_last4"' in page
    response = client.post("/dossiers/lookup/", {"code": "X", "phone_last4": "12ab"})
    assert 'class="errorlist' in response.content.decode()


def test_a_finished_dossier_offers_its_rating_link_and_an_open_one_does_not(client, world, dossier):
    from motcua.dossiers.services import dossier_transition
    from motcua.dossiers.states import State

    lookup = {"code": dossier.code, "phone_last4": "3456"}
    assert "/rate/?t=" not in client.post("/dossiers/lookup/", lookup).content.decode()
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED)
    page = client.post("/dossiers/lookup/", lookup).content.decode()
    link = page.split(f'href="/dossiers/{dossier.code}/rate/?t=', 1)[1].split('"', 1)[0]
    assert client.get(f"/dossiers/{dossier.code}/rate/", {"t": link}).status_code == 200

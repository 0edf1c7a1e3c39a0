"""Browser tests: Playwright's sync API driving Debian's chromium against pytest-django's live
server. One browser per session (per xdist worker), a fresh context and page per test."""

import os
import re
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop in the main thread; Django would refuse ORM calls
# made from the test body without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.conf import settings
from django.db import transaction
from django.test import Client
from playwright.sync_api import Browser, Page, expect, sync_playwright

from incontra.directory.models import Sector, Technology
from incontra.directory.services import taxonomy_sync
from tests.factories import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
FAILURE_SCREENSHOTS = Path("/tmp/incontra-e2e-failures")  # noqa: S108 -- a known place to look
TIMEOUT_MS = 10_000


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item so that the page fixture knows the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser() -> Browser:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium (scripts/install-system-packages "
            "or `apt-get install chromium`). The browser tests never download a browser.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    """Logging in is what we test, not PBKDF2's cost: a cheap hasher keeps the run short."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def _taxonomy_rows() -> dict:
    """The taxonomy tables as loaded once, so that later tests restore them in two inserts."""
    return {}


@pytest.fixture
def taxonomy(transactional_db, _taxonomy_rows) -> None:
    """Sectors and technologies come from a data migration, which a transactional test's flush
    removes: put them back before each test that needs them. (Overrides the root conftest's
    fixture of the same name, which reloads the taxonomy from its files each time: slower.)"""
    if not Sector.objects.exists():
        if _taxonomy_rows:
            with transaction.atomic():  # foreign keys to parents are checked at commit
                for model in (Sector, Technology):
                    model.objects.bulk_create(model(**row) for row in _taxonomy_rows[model])
        else:
            taxonomy_sync()
    if not _taxonomy_rows:
        _taxonomy_rows.update(
            {model: list(model.objects.values()) for model in (Sector, Technology)}
        )


@pytest.fixture
def page(request, browser: Browser, live_server) -> Page:
    context = browser.new_context(
        base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        FAILURE_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        page.screenshot(path=str(FAILURE_SCREENSHOTS / f"{name}.png"), full_page=True)
    context.close()


def log_in(page: Page, username: str, password: str = PASSWORD) -> None:
    """Log in through the login page and wait for the page it leads to."""
    if not page.url.split("?")[0].endswith("/accounts/login/"):
        page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def log_in_quickly(page: Page, user, live_server) -> None:
    """Start a session without the login form, for tests about something else."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


@pytest.fixture
def alice_page(page: Page, alice, live_server) -> Page:
    log_in_quickly(page, alice, live_server)
    return page

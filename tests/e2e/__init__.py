"""End-to-end tests: the real PTB application against the local fake Bot API (fakebot).

Ids shared by the fixtures and the tests (import them: ``from tests.e2e import USER_ID``).
"""

TOKEN = "123456:TEST-TOKEN"
ADMIN_ID = 1000
USER_ID = 2000
OTHER_USER_ID = 2001
GROUP_ID = -4001  # a basic group
SUPERGROUP_ID = -1_001_234_567_890

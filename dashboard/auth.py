"""Sign-in for the dashboard with streamlit-authenticator over the accounts in $DIEMNONG_HOME/users.yaml.

The library renders the form, checks the bcrypt hash and keeps a signed re-authentication cookie;
our accounts file adds the role and the department of each user (see dashboard/users.py).
"""
from __future__ import annotations

import time

import streamlit as st
import streamlit_authenticator as stauth
from streamlit_authenticator.utilities import LoginError
from streamlit_authenticator.utilities.hasher import Hasher

from dashboard import data
from dashboard.scope import Scope, scope_for
from dashboard.users import ROLE_NAMES, Accounts, User, check_password, credentials, load_accounts, users_path

COOKIE = "diemnong_auth"
MAX_FAILURES = 5  # wrong passwords for one account within LOCK_MINUTES, after which it is locked that long
LOCK_MINUTES = 15
FIELDS = {"Form name": "Đăng nhập", "Username": "Tên đăng nhập", "Password": "Mật khẩu", "Login": "Đăng nhập"}
# The library checks the password as the browser sent it; ours as users.py made the hash, in NFC (a Vietnamese password
# typed with an input method that writes «ậ» as «a» and its marks is the same password), and longer than bcrypt reads
# is a wrong password, not bcrypt's English error.
Hasher.check_pw = classmethod(lambda cls, password, hashed: check_password(password, hashed))


@st.cache_resource
def _accounts(path: str, mtime: float) -> Accounts:
    del mtime  # part of the cache key: a changed file is read again
    from pathlib import Path

    return load_accounts(Path(path))


def accounts() -> Accounts:
    """The accounts file, read again whenever it changes."""
    path = users_path(data.settings().home)
    return _accounts(str(path), path.stat().st_mtime if path.exists() else 0.0)


@st.cache_resource
def _failures() -> dict[str, list[float]]:
    """When each account's recent wrong passwords were typed (this dashboard process, every session)."""
    return {}


def recent_failures(username: str, now: float | None = None) -> int:
    """Wrong passwords for an account within the last LOCK_MINUTES."""
    now = time.time() if now is None else now
    kept = [t for t in _failures().get(username, []) if now - t < LOCK_MINUTES * 60]
    _failures()[username] = kept
    return len(kept)


def unlock(username: str) -> None:
    """Forget an account's wrong passwords (its password was just reset)."""
    _failures().pop(username, None)


def _authenticator(acc: Accounts, creds: dict) -> stauth.Authenticate:
    return stauth.Authenticate(
        creds, cookie_name=COOKIE, cookie_key=acc.cookie_key,
        cookie_expiry_days=float(data.settings()["dashboard.session_days"]), auto_hash=False, login_sleep_time=0,
    )


def forget_removed(authenticator: stauth.Authenticate, acc: Accounts) -> None:
    """A browser's signed cookie for an account since removed, or signed before the account's password was last set (a
    reset after a laptop was lost; an account removed and made again), is deleted and not read again this session, so
    that the sign-in form is offered (the library refuses a removed account's cookie with an English «User not
    authorized» and no form until it expires, and took an old one as signed in)."""
    token = authenticator.cookie_controller.get_cookie()
    if token and not _still_valid(token, acc, float(data.settings()["dashboard.session_days"])):
        st.session_state["logout"] = True  # what the library's own sign-out sets: the cookie is not read again
        authenticator.cookie_controller.delete_cookie()


def _still_valid(token: dict, acc: Accounts, days: float) -> bool:
    """Whether a sign-in cookie's account exists and the cookie was signed after its password was set (the cookie
    carries its expiry only: it was signed `days` (dashboard.session_days) before that)."""
    user = acc.users.get(token.get("username") or "")
    if user is None:
        return False
    try:
        signed = float(token.get("exp_date") or 0) - days * 86400
    except (TypeError, ValueError):
        return False
    return signed >= user.password_set


SIGNED = "signed_in_as"  # session key: the account (name and password hash) this session signed in as


def current_user() -> User | None:
    """The signed-in user of this session, if the account still exists as it was when this session signed in (a password
    reset, or an account removed and made again, signs the session out)."""
    if not st.session_state.get("authentication_status"):
        return None
    user = accounts().users.get(st.session_state.get("username") or "")
    if user is None or st.session_state.setdefault(SIGNED, (user.username, user.password)) != (user.username, user.password):
        return None
    return user


def sign_in() -> User | None:
    """Render the sign-in form until someone signs in; return the signed-in user."""
    acc = accounts()
    if not acc.users:
        st.title("🔥 Điểm Nóng", anchor=False)
        st.warning("Chưa có tài khoản nào. Trên máy chủ, tạo tài khoản quản trị bằng lệnh:\n\n"
                   "`diemnong user add admin --name \"Quản trị\" --role admin`\n\n"
                   "(`diemnong run` tự tạo tài khoản `admin` lần đầu và ghi mật khẩu vào "
                   "`$DIEMNONG_HOME/initial-admin-password`).")
        return None
    creds = credentials(acc)
    for username, entry in creds["usernames"].items():  # the library refuses an account at max_login_attempts
        entry["failed_login_attempts"] = recent_failures(username)
    before = {u: e["failed_login_attempts"] for u, e in creds["usernames"].items()}
    authenticator = _authenticator(acc, creds)
    st.session_state["_authenticator"] = authenticator
    if st.session_state.get("authentication_status") and current_user() is None:
        st.session_state["authentication_status"] = None  # the account was removed, or its password reset:
        st.session_state["logout"] = True  # nor is this browser's cookie read again (what the library's sign-out sets)
        authenticator.cookie_controller.delete_cookie()
    if not st.session_state.get("authentication_status"):
        st.session_state.pop(SIGNED, None)  # whoever signs in next is recorded afresh
    if current_user() is None:
        st.title("🔥 Điểm Nóng", anchor=False)
        st.caption("Theo dõi báo chí, phát hiện sớm vấn đề nóng về giáo dục")
        forget_removed(authenticator, acc)
        try:
            authenticator.login(location="main", fields=FIELDS, key="dang_nhap", max_login_attempts=MAX_FAILURES)
        except LoginError as exc:
            if "login attempts" in str(exc):
                st.error(f"Tài khoản này tạm khóa vì nhập sai mật khẩu {MAX_FAILURES} lần: thử lại sau {LOCK_MINUTES} phút "
                         "hoặc nhờ quản trị đặt lại mật khẩu.")
            else:
                st.error(f"Không đăng nhập được: {exc}")
            return None
        for username, entry in creds["usernames"].items():
            _failures().setdefault(username, []).extend(
                [time.time()] * max(0, entry.get("failed_login_attempts", 0) - before[username]))
        if st.session_state.get("authentication_status") is False:
            st.error("Sai tên đăng nhập hoặc mật khẩu.")
        elif st.session_state.get("authentication_status"):
            _failures().pop(st.session_state.get("username") or "", None)
    return current_user()


def sign_out_button(user: User) -> None:
    """Who is signed in, and the sign-out button, in the sidebar."""
    label = ROLE_NAMES.get(user.role, user.role)
    if user.department:
        label += " · " + data.department_names().get(user.department, user.department)
    st.sidebar.caption(f"👤 **{user.name}** ({user.username})  \n{label}")
    authenticator = st.session_state.get("_authenticator")
    if authenticator is not None and st.sidebar.button("Đăng xuất", key="dang_xuat"):
        authenticator.logout(location="unrendered")
        st.rerun()


def scope() -> Scope:
    """What the signed-in user may see."""
    user = current_user()
    if user is None:
        return Scope(department="(chưa đăng nhập)")
    topics, departments = data.catalog()
    return scope_for(user.role, user.department, topics, departments)


def require(can_edit: bool = False, admin: bool = False) -> User:
    """Stop the page unless the signed-in user has the needed role."""
    user = current_user()
    if user is None or (admin and not user.is_admin) or (can_edit and not user.can_edit_issues):
        st.error("Bạn không có quyền xem trang này.")
        st.stop()
    assert user is not None
    return user

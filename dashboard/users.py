"""Dashboard accounts: a YAML file of users under $DIEMNONG_HOME with bcrypt-hashed passwords and roles.

Nothing secret is in the repository: the file (``$DIEMNONG_HOME/users.yaml``, mode 0600) holds the
password hashes and the key that signs the sign-in cookie, both made on this machine. It is managed
with ``diemnong user add|list|remove``; ``diemnong run`` creates a first administrator with a random
password (printed once and kept in ``$DIEMNONG_HOME/initial-admin-password``) when there is no user.

Roles::

    admin       everything, including the Cấu hình page (topics, sources, recipients, thresholds)
    analyst     every page except Cấu hình; records status changes and response notes
    department  a lead department's viewer: only the issues and coverage of its own topics, read-only

This module does not import Streamlit, so the command line can use it.
"""
from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
import secrets
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import bcrypt
import yaml

from diemnong.config import ConfigError, Department, Fields, load_document, no_department
from diemnong.text import nfc

ROLES = ("admin", "analyst", "department")
ROLE_NAMES = {"admin": "Quản trị", "analyst": "Chuyên viên theo dõi", "department": "Đơn vị đầu mối"}
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
USERNAME_RULE = "dùng 2–32 ký tự: chữ thường không dấu, chữ số, «.», «_» hoặc «-»"
MIN_PASSWORD = 8
MAX_PASSWORD_BYTES = 72  # bcrypt reads no further, and bcrypt 5 refuses more (a letter with accents takes 2 or 3)
HEADER = ("# Tài khoản bảng điều khiển Điểm Nóng: mật khẩu băm bcrypt, vai trò, đơn vị.\n"
          "# Quản lý bằng `diemnong user add|list|remove`; không đưa tệp này vào kho mã nguồn.\n")


@dataclass(frozen=True)
class User:
    username: str
    name: str
    role: str
    password: str  # bcrypt hash
    department: str = ""
    email: str = ""
    password_set: int = 0  # when the password was set (Unix seconds; 0: before this was kept): older sign-in cookies are refused

    @property
    def can_edit_issues(self) -> bool:
        return self.role in ("admin", "analyst")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Accounts:
    users: dict[str, User]
    cookie_key: str


def users_path(home: Path) -> Path:
    """Where the accounts of one DIEMNONG_HOME live."""
    return Path(home) / "users.yaml"


def hash_password(password: str) -> str:
    """A bcrypt hash of a password, in Unicode NFC (a Vietnamese letter typed composed or as a base and its marks is
    one password)."""
    return bcrypt.hashpw(nfc(password).encode("utf-8"), bcrypt.gensalt()).decode("ascii")


def check_password(password: str, hashed: str) -> bool:
    """Whether a password matches its bcrypt hash, typed in NFC or not (a hash made before passwords were NFC is of
    the password as typed then)."""
    for typed in dict.fromkeys((nfc(password), password)):
        try:
            if bcrypt.checkpw(typed.encode("utf-8"), hashed.encode("ascii")):
                return True
        except ValueError:  # longer than bcrypt reads, or not a bcrypt hash
            pass
    return False


def load_accounts(path: Path) -> Accounts:
    """Read and validate the accounts file; a missing file has no users."""
    if not path.exists():
        return Accounts({}, "")
    doc = load_document(path)
    if doc.data is None:
        return Accounts({}, "")
    if not isinstance(doc.data, dict):
        raise doc.error((), "cần «cookie_key» và «users»")
    top = Fields(doc, ())
    top.unknown({"cookie_key", "users"})
    key = top.get("cookie_key", str, "")
    users: dict[str, User] = {}
    for i in range(len(top.get("users", list, []))):
        f = Fields(doc, ("users", i))
        f.unknown({"username", "name", "role", "password", "department", "email", "password_set"})
        user = User(
            username=f.get("username", str, check=lambda v: None if USERNAME.match(v) else USERNAME_RULE),
            name=f.get("name", str),
            role=f.get("role", str, check=lambda v: None if v in ROLES else f"vai trò phải là một trong {', '.join(ROLES)}"),
            password=f.get("password", str, check=lambda v: None if v.startswith("$2") else "cần một mã băm bcrypt"),
            department=f.get("department", str, ""),
            email=f.get("email", str, ""),
            password_set=f.get("password_set", int, 0),
        )
        if user.role == "department" and not user.department:
            raise doc.error(("users", i, "department"), "tài khoản đơn vị đầu mối cần mã đơn vị của mình")
        if user.username in users:
            raise doc.error(("users", i, "username"), f"trùng tài khoản «{user.username}»")
        users[user.username] = user
    return Accounts(users, key)


def save_accounts(path: Path, accounts: Accounts) -> None:
    """Write the accounts file atomically, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"cookie_key": accounts.cookie_key or secrets.token_hex(32),
            "users": [{k: v for k, v in asdict(u).items() if v or k in ("username", "name", "role", "password")}
                      for u in accounts.users.values()]}
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".users-", suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(HEADER)
            yaml.safe_dump(body, fh, allow_unicode=True, sort_keys=False)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Remedies:
    """What to do of a refused account, said where it is made: the command's options here, the Cấu hình form's fields
    there (dashboard/views/cau_hinh.py)."""
    department: str = "thêm --department với một mã trong data/departments.yaml"
    replace: str = "thêm --replace để thay tài khoản này"


def make_user(username: str, name: str, role: str, password: str, department: str = "", email: str = "",
              departments: dict[str, Department] | None = None, how: Remedies = Remedies()) -> User:
    """A validated new user with a hashed password (ConfigError says what is wrong, and `how` to mend it where the
    account is made)."""
    if not USERNAME.match(username):
        raise ConfigError(f"tên đăng nhập «{username}» không hợp lệ: {USERNAME_RULE}")
    if role not in ROLES:
        raise ConfigError(f"vai trò «{role}» không hợp lệ: phải là một trong {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"mật khẩu cần ít nhất {MIN_PASSWORD} ký tự")
    if password != password.strip():
        raise ConfigError("mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách")
    if len(nfc(password).encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise ConfigError(f"mật khẩu quá dài: tối đa {MAX_PASSWORD_BYTES} byte theo UTF-8 (chữ có dấu chiếm 2–3 byte), "
                          "hãy dùng mật khẩu ngắn hơn")
    if role == "department" and not department:
        raise ConfigError(f"tài khoản đơn vị đầu mối cần một đơn vị: {how.department}")
    if department and departments is not None and department not in departments:
        raise ConfigError(no_department(department, departments))
    return User(username, name.strip() or username, role, hash_password(password), department, email, int(time.time()))


def add_user(path: Path, user: User, replace: bool = False, how: Remedies = Remedies()) -> None:
    """Add (or with replace, overwrite) one user in the accounts file; the last administrator keeps that role."""
    accounts = load_accounts(path)
    if user.username in accounts.users and not replace:
        raise ConfigError(f"đã có tài khoản «{user.username}»: {how.replace}")
    users = {**accounts.users, user.username: user}
    if any(u.is_admin for u in accounts.users.values()) and not any(u.is_admin for u in users.values()):
        raise last_administrator(user.username)
    save_accounts(path, Accounts(users, accounts.cookie_key))
    if user.username == FIRST_ADMIN:
        forget_first_password(path.parent, users)


def remove_user(path: Path, username: str) -> None:
    """Remove one user; the last administrator cannot be removed."""
    accounts = load_accounts(path)
    if username not in accounts.users:
        raise ConfigError(f"không có tài khoản «{username}»")
    rest = {k: v for k, v in accounts.users.items() if k != username}
    if accounts.users[username].is_admin and not any(u.is_admin for u in rest.values()):
        raise last_administrator(username)
    save_accounts(path, Accounts(rest, accounts.cookie_key))
    if username == FIRST_ADMIN:
        forget_first_password(path.parent, rest)


def last_administrator(username: str) -> ConfigError:
    """Why an account cannot be removed or lose its role: no one could open Cấu hình any more."""
    return ConfigError(f"«{username}» là tài khoản quản trị cuối cùng: cấp quyền quản trị cho một tài khoản khác trước, "
                       "nếu không sẽ không ai vào được trang Cấu hình")


FIRST_ADMIN, FIRST_PASSWORD = "admin", "initial-admin-password"


def forget_first_password(home: Path, users: dict[str, User]) -> None:
    """Remove $DIEMNONG_HOME/initial-admin-password once it no longer holds admin's password (changed with `user add
    admin --replace` or on Cấu hình, or the account removed): it went on telling a password that no longer signs in,
    and the backups carried it."""
    note = Path(home) / FIRST_PASSWORD
    try:
        written = note.read_text(encoding="utf-8").strip()
    except OSError:
        return
    admin = users.get(FIRST_ADMIN)
    if admin is None or not check_password(written, admin.password):
        note.unlink(missing_ok=True)


def ensure_first_admin(home: Path) -> str | None:
    """With no account at all, create 'admin' with a random password; return that password (else None)."""
    path = users_path(home)
    if load_accounts(path).users:
        return None
    password = secrets.token_urlsafe(12)
    add_user(path, make_user(FIRST_ADMIN, "Quản trị hệ thống", "admin", password))
    note = Path(home) / FIRST_PASSWORD
    note.write_text(password + "\n", encoding="utf-8")
    os.chmod(note, 0o600)
    return password


def credentials(accounts: Accounts) -> dict:
    """The accounts in the shape streamlit-authenticator expects."""
    return {"usernames": {u.username: {"name": u.name, "email": u.email or f"{u.username}@localhost",
                                       "password": u.password, "roles": [u.role]}
                          for u in accounts.users.values()}}


def confirmed(password: str, again: str) -> str:
    """A password typed twice, or ConfigError when the two differ."""
    if again != password:
        raise ConfigError("hai lần nhập mật khẩu không khớp")
    return password


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if not sys.stdin.isatty():
        raise ConfigError("không có cửa sổ lệnh để hỏi mật khẩu: thêm --password-stdin và ghi mật khẩu vào đầu vào chuẩn")
    return confirmed(getpass.getpass("Mật khẩu: "), getpass.getpass("Nhập lại: "))


def cmd_user(args: argparse.Namespace) -> int:
    """`diemnong user add|list|remove`: manage dashboard accounts in $DIEMNONG_HOME/users.yaml."""
    from diemnong.config import default_catalog, load_settings

    path = users_path(load_settings().home)
    if args.action != "list" and not args.username:
        raise ConfigError(f"`diemnong user {args.action}` cần tên đăng nhập")
    if args.action == "list":
        for u in load_accounts(path).users.values():
            print(f"{u.username}\t{u.role}\t{u.department or '-'}\t{u.name}")
        return 0
    if args.action == "remove":
        remove_user(path, args.username)
        print(f"đã xóa {args.username} khỏi {path}")
        return 0
    _, departments = default_catalog()
    user = make_user(args.username, args.name or args.username, args.role, _read_password(args.password_stdin),
                     args.department or "", args.email or "", departments=departments)
    add_user(path, user, replace=args.replace)
    print(f"đã lưu {user.username} ({user.role}) vào {path}")
    return 0

"""Own passwords on the class hub: every participant sets theirs at first login; trainers use the env one.

``deploy/hub/jupyterhub_config.py`` uses :class:`ClassAuthenticator`, a small
extension of ``firstuseauthenticator.FirstUseAuthenticator`` (the default of
The Littlest JupyterHub):

- a **participant**'s first login sets their password (at least
  ``min_password_length`` characters); it is stored as a bcrypt hash in
  ``passwords.dbm`` in the hub's state folder, and from then on only that
  password opens the account; a logged-in participant may change it at
  ``/hub/auth/change-password``;
- a **trainer** (a name in ``admin_users``) logs in only with the trainers'
  password from the environment (``IKM_HUB_ADMIN_PASSWORD``); it is never
  stored, and a trainer name can never be claimed by a first login;
- a forgotten password is reset by a trainer on the server with
  ``sudo /opt/ikm-kit/venv/bin/python -m ikm_kit.hub reset-password <nama>``
  (:func:`ikm_kit.hub.reset_password`): only the password entry is removed — the home
  folder, notebooks, progress and answers are not touched — and the
  participant's next login sets a new password.

    c.JupyterHub.authenticator_class = "ikm_kit.hub_auth.ClassAuthenticator"
    c.ClassAuthenticator.dbm_path = "/var/lib/ikm-hub/passwords.dbm"
    c.ClassAuthenticator.admin_password = os.environ["IKM_HUB_ADMIN_PASSWORD"]
"""
from __future__ import annotations

import dbm
import hmac

from firstuseauthenticator import FirstUseAuthenticator
from firstuseauthenticator.firstuseauthenticator import CustomLoginHandler, ResetPasswordHandler
from tornado import web
from traitlets import Unicode, default

from ikm_kit.i18n import t



class ClassAuthenticator(FirstUseAuthenticator):
    """First-use passwords for participants, the environment's password for trainers."""

    admin_password = Unicode("", config=True, help="the trainers' password (from IKM_HUB_ADMIN_PASSWORD)")

    @default("min_password_length")
    def _min_password_length_default(self) -> int:
        return 8

    def _stored(self, name: str) -> bool:
        with dbm.open(self.dbm_path, "c", 0o600) as db:
            return name.encode("utf-8") in db

    async def authenticate(self, handler, data):
        name = self.normalize_username(data.get("username", ""))
        password = data.get("password", "")
        if name in self.admin_users:
            ok = bool(self.admin_password) and hmac.compare_digest(password.encode("utf-8"),
                                                                   self.admin_password.encode("utf-8"))
            return {"name": name, "admin": True} if ok else None
        if not self.validate_username(name):
            return None
        if len(password) < self.min_password_length and not self._stored(name):
            # first login with a too short password: say so in the class's language
            handler.custom_login_error = t("hubauth.too_short", minimum=self.min_password_length)
            return None
        return await super().authenticate(handler, data)

    def change_password(self, username: str, new_password: str) -> tuple[bool, str]:
        """The participant's own change (``/hub/auth/change-password``): (done, message); not for trainers."""
        if username in self.admin_users:
            return False, t("hubauth.trainer_from_env")
        if not self._validate_password(new_password):
            return False, t("hubauth.change_too_short", minimum=self.min_password_length)
        super().reset_password(username, new_password)
        return True, t("hubauth.changed")

    def reset_password(self, username, new_password):
        return self.change_password(username, new_password)[1]

    def get_handlers(self, app):
        return [(r"/login", CustomLoginHandler), (r"/auth/change-password", ChangePasswordHandler)]


class ChangePasswordHandler(ResetPasswordHandler):
    """FirstUse's change-password page, with the outcome told in the class's language."""

    @web.authenticated
    async def post(self):
        self._register_template_path()
        new_password = self.get_body_argument("password", strip=False)
        done, message = self.authenticator.change_password(self.current_user.name, new_password)
        html = await self.render_template("reset.html", result=True, alert="success" if done else "danger",
                                          result_message=message)
        self.finish(html)

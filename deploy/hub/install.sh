#!/usr/bin/env bash
# Memasang JupyterHub kelas ikm-kit di server Ubuntu 24.04 / Debian 12 (Python >= 3.11).
# Aman dijalankan berulang kali (idempoten): pemasangan ulang memperbarui kode dan paket,
# kata sandi yang sudah ada tidak diubah.
#
#   git clone <repo> ikm-kit && cd ikm-kit
#   sudo bash deploy/hub/install.sh
#
# Hasilnya:
#   /opt/ikm-kit/src            salinan repo (notebook, dasbor, konfigurasi hub)
#   /opt/ikm-kit/venv           Python: ikm-kit + jupyterhub + systemdspawner + idle-culler
#   /opt/ikm-kit/node           configurable-http-proxy (npm)
#   /etc/ikm-kit/hub.env        kata sandi dan pengaturan (0600, hanya root)
#   /etc/systemd/system/ikm-hub.service
#   /var/lib/ikm-hub            basis data hub (0700)
#   /srv/ikm-kit/progres-kelas  progres peserta yang dikumpulkan, dapat dibaca grup ikm-pelatih
# Variabel: IKM_PREFIX (bawaan /opt/ikm-kit), IKM_NO_START=1 (jangan menyalakan layanan).
set -euo pipefail

PREFIX="${IKM_PREFIX:-/opt/ikm-kit}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ETC=/etc/ikm-kit
ENV_FILE="$ETC/hub.env"
UNIT=/etc/systemd/system/ikm-hub.service
STATE=/var/lib/ikm-hub
CLASS=/srv/ikm-kit/progres-kelas
GROUP=ikm-pelatih

say() { printf '\n== %s\n' "$*"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "Jalankan sebagai root: sudo bash $0" >&2
  exit 1
fi
if ! command -v systemctl >/dev/null 2>&1; then
  echo "systemd tidak ditemukan: skrip ini untuk server Ubuntu/Debian dengan systemd." >&2
  exit 1
fi

say "Paket sistem (python3-venv, nodejs, npm, rsync)"
need=()
command -v python3 >/dev/null 2>&1 || need+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v rsync >/dev/null 2>&1 || need+=(rsync)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need[@]}"
fi
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "ikm-kit membutuhkan Python >= 3.11 (Ubuntu 24.04 atau Debian 12)." >&2
  exit 1
fi

say "Kode ke $PREFIX/src"
mkdir -p "$PREFIX"
rsync -a --delete --exclude .venv/ --exclude .git/ --exclude ruang-kerja/ "$REPO/" "$PREFIX/src/"
chmod -R a+rX "$PREFIX/src"

say "Python venv $PREFIX/venv"
[ -x "$PREFIX/venv/bin/python" ] || python3 -m venv "$PREFIX/venv"
"$PREFIX/venv/bin/python" -m pip install --quiet --upgrade pip
"$PREFIX/venv/bin/python" -m pip install --quiet --upgrade "$PREFIX/src[hub]" "jupyterhub-systemdspawner>=1.0,<2"

say "configurable-http-proxy (npm) ke $PREFIX/node"
npm install --prefix "$PREFIX/node" --no-audit --no-fund --loglevel=error "configurable-http-proxy@4"

say "Grup pelatih, folder data"
getent group "$GROUP" >/dev/null || groupadd --system "$GROUP"
install -d -m 0700 "$STATE"
install -d -m 0755 /srv/ikm-kit
install -d -m 0750 -g "$GROUP" "$CLASS"
install -d -m 0755 "$ETC"

if [ ! -f "$ENV_FILE" ]; then
  say "Kata sandi baru di $ENV_FILE"
  admin_pw="$("$PREFIX/venv/bin/python" -c 'import secrets; print(secrets.token_urlsafe(30))')"
  (
    umask 077
    sed -e "s|^IKM_HUB_ADMIN_PASSWORD=.*|IKM_HUB_ADMIN_PASSWORD=$admin_pw|" \
        "$PREFIX/src/deploy/hub/hub.env.example" > "$ENV_FILE"
  )
fi
chown root:root "$ENV_FILE"
chmod 0600 "$ENV_FILE"

say "Layanan systemd $UNIT"
sed -e "s|@PREFIX@|$PREFIX|g" "$PREFIX/src/deploy/hub/ikm-hub.service" > "$UNIT.tmp"
chmod 0644 "$UNIT.tmp"
mv "$UNIT.tmp" "$UNIT"
systemctl daemon-reload
systemctl enable ikm-hub.service >/dev/null
if [ "${IKM_NO_START:-0}" != "1" ]; then
  systemctl restart ikm-hub.service
  sleep 3
  systemctl --no-pager --lines=5 status ikm-hub.service || true
fi

say "Selesai"
port="$(sed -n 's/^IKM_HUB_PORT=//p' "$ENV_FILE")"
echo "Alamat kelas : http://$(hostname -I 2>/dev/null | awk '{print $1}'):${port:-8000}/"
echo "Kata sandi   : pelatih: sudo grep ADMIN_PASSWORD $ENV_FILE; peserta memilih sendiri saat login pertama"
echo "Lupa sandi   : sudo $PREFIX/venv/bin/python -m ikm_kit.hub reset-password <nama>"
echo "Log          : sudo journalctl -u ikm-hub -f"

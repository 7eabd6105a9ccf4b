#!/bin/sh
# Start command of the ikm-kit single-user image (singleuser.cmd in values.yaml).
#
# 1. Sync the participant's workspace from the toolkit in the image. sync_workspace
#    adds new notebooks, updates the ones the participant never changed and KEEPS
#    edited ones (the new version goes to ruang-kerja/.ikm-kit/pembaruan/).
# 2. Start jupyterhub-singleuser with the workspace as its root folder.
#
# This runs before the server, in the container's own process, on purpose: a
# Kubernetes postStart hook runs *concurrently* with the container's command, so
# the server could start (and the browser be redirected to the start notebook)
# before the workspace exists.
#
# IKM_EDISI (peserta | pelatih) is set by the image (build arg EDISI); IKM_PROJECT
# and IKM_WORKSPACE only need changing for tests.
set -eu

PROJECT="${IKM_PROJECT:-/opt/ikm-kit}"
WORKSPACE="${IKM_WORKSPACE:-$HOME/ruang-kerja}"
EDISI="${IKM_EDISI:-peserta}"
case "$EDISI" in
  peserta|pelatih) ;;
  *) echo "ikm-singleuser: IKM_EDISI harus peserta atau pelatih, bukan '$EDISI'" >&2; exit 64 ;;
esac

# With the defaults this is exactly:
#   python -c "from ikm_kit.workspace import sync_workspace;
#              sync_workspace('/home/jovyan/ruang-kerja', project='/opt/ikm-kit', edition='peserta')"
if ! python -c '
import sys
from ikm_kit.workspace import sync_workspace
report = sync_workspace(sys.argv[1], project=sys.argv[2], edition=sys.argv[3])
for line in report.messages():
    print("ikm-kit:", line)
' "$WORKSPACE" "$PROJECT" "$EDISI"; then
  # never block the login: the participant still gets a server, the log says why
  echo "ikm-singleuser: sinkronisasi ruang kerja gagal (lihat di atas); server tetap dijalankan" >&2
  mkdir -p "$WORKSPACE"
fi

exec jupyterhub-singleuser --ServerApp.root_dir="$WORKSPACE" "$@"

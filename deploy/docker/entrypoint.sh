#!/bin/sh
# Container entry point for the BpoCloud server image.
#
# With BPOCLOUD_ADVERTISE_CONTAINER_IP=true and no Orleans__AdvertisedIP given, the silo
# advertises this container's own IPv4 address (what other silos must dial). Kubernetes
# sets Orleans__AdvertisedIP from the pod IP instead, so this is a no-op there.
set -eu

if [ "${BPOCLOUD_ADVERTISE_CONTAINER_IP:-}" = "true" ] && [ -z "${Orleans__AdvertisedIP:-}" ]; then
  host="$(cat /proc/sys/kernel/hostname)"
  ip="$(getent ahostsv4 "$host" 2>/dev/null | awk '$1 !~ /^127\./ { print $1; exit }')" || ip=""
  if [ -n "$ip" ]; then
    Orleans__AdvertisedIP="$ip"
    export Orleans__AdvertisedIP
    echo "bpocloud-entrypoint: Orleans__AdvertisedIP=$ip" >&2
  else
    echo "bpocloud-entrypoint: could not determine the container IP; Orleans picks one" >&2
  fi
fi

exec "$@"

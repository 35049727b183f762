stub: upstream file of 65193 bytes

stub: upstream file of 4309 bytes

stub: upstream file of 52020 bytes

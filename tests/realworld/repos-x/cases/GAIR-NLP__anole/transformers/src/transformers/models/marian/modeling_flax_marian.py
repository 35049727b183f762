stub: upstream file of 64261 bytes

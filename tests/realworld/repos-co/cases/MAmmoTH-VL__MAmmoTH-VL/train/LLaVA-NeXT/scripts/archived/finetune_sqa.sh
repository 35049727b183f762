stub: upstream file of 1261 bytes

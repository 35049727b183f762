stub: upstream file of 8295 bytes

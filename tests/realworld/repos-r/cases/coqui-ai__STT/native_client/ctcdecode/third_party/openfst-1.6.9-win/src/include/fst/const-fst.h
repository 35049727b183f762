stub: upstream file of 16352 bytes

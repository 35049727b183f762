stub: upstream file of 62475 bytes

stub: upstream file of 2327 bytes

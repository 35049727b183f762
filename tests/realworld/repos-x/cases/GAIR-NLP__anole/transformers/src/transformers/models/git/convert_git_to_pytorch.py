stub: upstream file of 22389 bytes

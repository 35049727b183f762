stub: upstream file of 13370 bytes

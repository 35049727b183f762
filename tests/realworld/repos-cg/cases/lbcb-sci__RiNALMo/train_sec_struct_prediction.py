stub: upstream file of 14381 bytes

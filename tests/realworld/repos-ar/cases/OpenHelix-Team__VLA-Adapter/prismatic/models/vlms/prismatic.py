stub: upstream file of 29465 bytes

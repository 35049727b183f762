stub: upstream file of 11419 bytes

stub: upstream file of 24571 bytes

stub: upstream file of 12018 bytes

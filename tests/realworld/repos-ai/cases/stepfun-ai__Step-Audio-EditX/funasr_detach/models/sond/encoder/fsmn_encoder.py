stub: upstream file of 14595 bytes

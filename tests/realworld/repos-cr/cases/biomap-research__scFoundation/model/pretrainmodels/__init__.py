stub: upstream file of 120 bytes

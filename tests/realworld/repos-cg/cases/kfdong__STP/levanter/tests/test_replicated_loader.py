stub: upstream file of 8164 bytes

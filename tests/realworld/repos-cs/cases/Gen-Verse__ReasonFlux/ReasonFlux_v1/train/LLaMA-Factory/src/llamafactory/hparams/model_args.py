stub: upstream file of 13364 bytes

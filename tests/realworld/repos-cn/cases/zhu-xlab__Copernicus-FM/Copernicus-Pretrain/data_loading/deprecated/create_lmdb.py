stub: upstream file of 8234 bytes

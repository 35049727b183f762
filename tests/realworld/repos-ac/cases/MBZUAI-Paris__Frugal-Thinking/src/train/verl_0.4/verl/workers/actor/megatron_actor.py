stub: upstream file of 30337 bytes

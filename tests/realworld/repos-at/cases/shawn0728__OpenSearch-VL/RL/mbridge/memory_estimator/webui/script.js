stub: upstream file of 32290 bytes

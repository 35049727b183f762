stub: upstream file of 26281 bytes

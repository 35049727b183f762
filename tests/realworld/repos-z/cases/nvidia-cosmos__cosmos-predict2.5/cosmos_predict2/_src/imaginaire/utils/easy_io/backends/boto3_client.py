stub: upstream file of 23266 bytes

stub: upstream file of 639254 bytes

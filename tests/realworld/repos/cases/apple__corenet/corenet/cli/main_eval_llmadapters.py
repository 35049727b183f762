stub: upstream file of 16160 bytes

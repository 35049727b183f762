stub: upstream file of 52416 bytes

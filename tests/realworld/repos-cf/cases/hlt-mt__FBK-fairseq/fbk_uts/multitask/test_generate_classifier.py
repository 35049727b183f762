stub: upstream file of 3066 bytes

stub: upstream file of 22190 bytes

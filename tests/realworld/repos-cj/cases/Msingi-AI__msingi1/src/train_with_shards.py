stub: upstream file of 25358 bytes

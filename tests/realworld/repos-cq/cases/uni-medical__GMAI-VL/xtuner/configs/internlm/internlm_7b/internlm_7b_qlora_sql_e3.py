stub: upstream file of 7284 bytes

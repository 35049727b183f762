stub: upstream file of 25298 bytes

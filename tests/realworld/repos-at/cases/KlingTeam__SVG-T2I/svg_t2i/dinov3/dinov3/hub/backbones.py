stub: upstream file of 17234 bytes

stub: upstream file of 7933 bytes

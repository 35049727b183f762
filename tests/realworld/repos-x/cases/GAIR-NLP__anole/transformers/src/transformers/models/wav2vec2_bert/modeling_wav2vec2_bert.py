stub: upstream file of 74480 bytes

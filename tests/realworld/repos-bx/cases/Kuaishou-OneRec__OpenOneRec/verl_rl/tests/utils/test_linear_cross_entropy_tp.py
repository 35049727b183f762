stub: upstream file of 22118 bytes

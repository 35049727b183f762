stub: upstream file of 38 bytes

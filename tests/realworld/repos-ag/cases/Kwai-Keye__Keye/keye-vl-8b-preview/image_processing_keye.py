stub: upstream file of 24500 bytes

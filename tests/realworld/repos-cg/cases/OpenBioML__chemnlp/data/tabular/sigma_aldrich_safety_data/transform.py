stub: upstream file of 400 bytes

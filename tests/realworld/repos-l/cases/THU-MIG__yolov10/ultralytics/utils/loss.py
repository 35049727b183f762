stub: upstream file of 33210 bytes

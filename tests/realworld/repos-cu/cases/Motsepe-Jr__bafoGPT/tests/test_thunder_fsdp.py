stub: upstream file of 12150 bytes

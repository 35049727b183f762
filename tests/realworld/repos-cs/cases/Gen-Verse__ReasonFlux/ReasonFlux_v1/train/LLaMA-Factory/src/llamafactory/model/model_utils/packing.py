stub: upstream file of 4400 bytes

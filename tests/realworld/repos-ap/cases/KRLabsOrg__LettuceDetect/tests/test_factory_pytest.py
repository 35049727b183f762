stub: upstream file of 2880 bytes

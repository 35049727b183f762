stub: upstream file of 15404 bytes

stub: upstream file of 15376 bytes

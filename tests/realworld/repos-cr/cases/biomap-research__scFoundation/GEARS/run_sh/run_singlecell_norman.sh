stub: upstream file of 1018 bytes

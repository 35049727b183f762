stub: upstream file of 1800 bytes

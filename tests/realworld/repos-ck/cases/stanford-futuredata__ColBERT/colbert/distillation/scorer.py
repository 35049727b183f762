stub: upstream file of 2378 bytes

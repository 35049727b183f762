stub: upstream file of 3700 bytes

stub: upstream file of 4037 bytes

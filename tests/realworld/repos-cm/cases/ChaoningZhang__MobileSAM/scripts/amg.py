stub: upstream file of 7037 bytes

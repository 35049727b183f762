stub: upstream file of 43357 bytes

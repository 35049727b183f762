stub: upstream file of 28351 bytes

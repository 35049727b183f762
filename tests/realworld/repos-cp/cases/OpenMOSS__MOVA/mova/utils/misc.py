stub: upstream file of 4380 bytes

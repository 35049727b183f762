stub: upstream file of 70411 bytes

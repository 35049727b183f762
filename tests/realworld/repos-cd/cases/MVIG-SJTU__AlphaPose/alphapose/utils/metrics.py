stub: upstream file of 7510 bytes

stub: upstream file of 4421 bytes

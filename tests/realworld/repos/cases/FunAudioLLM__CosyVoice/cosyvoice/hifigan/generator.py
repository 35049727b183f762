stub: upstream file of 30487 bytes

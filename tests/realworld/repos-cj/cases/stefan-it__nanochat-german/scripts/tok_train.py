stub: upstream file of 4321 bytes

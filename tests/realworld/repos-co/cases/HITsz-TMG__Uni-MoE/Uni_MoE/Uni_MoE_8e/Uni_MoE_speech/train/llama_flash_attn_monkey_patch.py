stub: upstream file of 4449 bytes

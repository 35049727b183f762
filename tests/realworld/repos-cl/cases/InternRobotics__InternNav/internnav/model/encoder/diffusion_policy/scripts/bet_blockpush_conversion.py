stub: upstream file of 1463 bytes

stub: upstream file of 8361 bytes

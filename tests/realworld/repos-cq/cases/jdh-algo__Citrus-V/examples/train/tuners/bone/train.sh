stub: upstream file of 438 bytes

stub: upstream file of 21413 bytes

stub: upstream file of 9137 bytes

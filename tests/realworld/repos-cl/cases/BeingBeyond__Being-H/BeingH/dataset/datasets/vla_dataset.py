stub: upstream file of 58994 bytes

stub: upstream file of 26010 bytes

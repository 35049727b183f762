stub: upstream file of 26 bytes

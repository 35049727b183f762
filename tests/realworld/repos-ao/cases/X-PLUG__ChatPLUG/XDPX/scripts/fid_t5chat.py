stub: upstream file of 28245 bytes

stub: upstream file of 119 bytes

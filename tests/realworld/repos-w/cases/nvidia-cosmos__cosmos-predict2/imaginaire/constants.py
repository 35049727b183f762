stub: upstream file of 8119 bytes

stub: upstream file of 11119 bytes

stub: upstream file of 11134 bytes

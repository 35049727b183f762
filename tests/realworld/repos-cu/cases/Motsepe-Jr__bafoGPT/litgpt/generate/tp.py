stub: upstream file of 11587 bytes

stub: upstream file of 15131 bytes

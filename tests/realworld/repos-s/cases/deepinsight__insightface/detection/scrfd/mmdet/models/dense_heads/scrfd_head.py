stub: upstream file of 47526 bytes

stub: upstream file of 5576 bytes

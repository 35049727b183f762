stub: upstream file of 14493 bytes

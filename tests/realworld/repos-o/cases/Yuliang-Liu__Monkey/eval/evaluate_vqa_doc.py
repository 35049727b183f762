stub: upstream file of 18493 bytes

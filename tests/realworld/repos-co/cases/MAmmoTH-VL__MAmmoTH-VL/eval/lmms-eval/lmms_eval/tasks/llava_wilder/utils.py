stub: upstream file of 6951 bytes

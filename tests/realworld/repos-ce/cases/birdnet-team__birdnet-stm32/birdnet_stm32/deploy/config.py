stub: upstream file of 5600 bytes

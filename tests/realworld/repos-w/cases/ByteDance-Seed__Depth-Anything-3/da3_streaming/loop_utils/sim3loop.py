stub: upstream file of 14330 bytes

stub: upstream file of 8330 bytes

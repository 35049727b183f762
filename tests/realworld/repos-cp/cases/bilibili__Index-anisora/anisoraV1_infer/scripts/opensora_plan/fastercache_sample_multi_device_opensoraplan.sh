stub: upstream file of 330 bytes

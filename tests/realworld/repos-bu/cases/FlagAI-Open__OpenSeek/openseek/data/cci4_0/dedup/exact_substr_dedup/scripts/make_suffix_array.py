stub: upstream file of 5330 bytes

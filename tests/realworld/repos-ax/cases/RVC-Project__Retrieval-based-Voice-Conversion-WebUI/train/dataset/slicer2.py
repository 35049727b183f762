stub: upstream file of 9150 bytes

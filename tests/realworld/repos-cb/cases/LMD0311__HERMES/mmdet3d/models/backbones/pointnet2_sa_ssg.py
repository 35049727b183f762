stub: upstream file of 5561 bytes

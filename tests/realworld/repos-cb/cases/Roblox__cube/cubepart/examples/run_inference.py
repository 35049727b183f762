stub: upstream file of 5102 bytes

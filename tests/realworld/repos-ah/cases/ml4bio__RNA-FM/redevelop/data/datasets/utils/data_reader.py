stub: upstream file of 15921 bytes

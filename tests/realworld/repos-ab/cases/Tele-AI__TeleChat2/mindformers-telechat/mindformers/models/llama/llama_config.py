stub: upstream file of 16014 bytes

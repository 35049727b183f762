stub: upstream file of 18523 bytes

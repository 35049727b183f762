stub: upstream file of 10665 bytes

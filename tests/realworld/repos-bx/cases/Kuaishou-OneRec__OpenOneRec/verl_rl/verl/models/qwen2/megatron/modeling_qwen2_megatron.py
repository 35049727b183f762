stub: upstream file of 30991 bytes

stub: upstream file of 23105 bytes

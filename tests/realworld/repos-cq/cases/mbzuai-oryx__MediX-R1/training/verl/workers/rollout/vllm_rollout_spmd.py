stub: upstream file of 10607 bytes

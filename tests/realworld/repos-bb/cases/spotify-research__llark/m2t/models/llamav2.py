stub: upstream file of 17554 bytes

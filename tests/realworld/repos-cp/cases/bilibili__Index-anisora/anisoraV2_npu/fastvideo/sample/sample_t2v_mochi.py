stub: upstream file of 6877 bytes

stub: upstream file of 8877 bytes

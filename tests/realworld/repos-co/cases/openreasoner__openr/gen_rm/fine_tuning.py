stub: upstream file of 3101 bytes

stub: upstream file of 17668 bytes

stub: upstream file of 51542 bytes

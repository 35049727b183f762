stub: upstream file of 9595 bytes

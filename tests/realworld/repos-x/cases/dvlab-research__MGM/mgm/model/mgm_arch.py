stub: upstream file of 26666 bytes

stub: upstream file of 9987 bytes

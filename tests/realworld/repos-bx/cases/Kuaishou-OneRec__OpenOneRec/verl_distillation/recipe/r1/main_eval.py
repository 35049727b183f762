stub: upstream file of 2754 bytes

stub: upstream file of 14946 bytes

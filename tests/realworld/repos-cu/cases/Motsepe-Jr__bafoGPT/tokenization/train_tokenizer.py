stub: upstream file of 3595 bytes

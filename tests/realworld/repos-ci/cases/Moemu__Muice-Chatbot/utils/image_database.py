stub: upstream file of 6148 bytes

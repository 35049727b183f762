stub: upstream file of 6754 bytes

stub: upstream file of 7953 bytes

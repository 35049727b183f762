stub: upstream file of 42953 bytes

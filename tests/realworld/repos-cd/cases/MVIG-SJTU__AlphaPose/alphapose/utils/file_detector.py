stub: upstream file of 6042 bytes

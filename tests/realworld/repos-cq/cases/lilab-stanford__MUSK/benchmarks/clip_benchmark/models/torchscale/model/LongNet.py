stub: upstream file of 2042 bytes

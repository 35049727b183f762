stub: upstream file of 8909 bytes

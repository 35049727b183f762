stub: upstream file of 105936 bytes

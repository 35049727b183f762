stub: upstream file of 9053 bytes

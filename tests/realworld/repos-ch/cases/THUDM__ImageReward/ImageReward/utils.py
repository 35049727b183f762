stub: upstream file of 5923 bytes

stub: upstream file of 6953 bytes

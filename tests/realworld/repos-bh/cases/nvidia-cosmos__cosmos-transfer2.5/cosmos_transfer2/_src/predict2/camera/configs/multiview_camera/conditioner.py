stub: upstream file of 13854 bytes

stub: upstream file of 5854 bytes

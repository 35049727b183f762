stub: upstream file of 6854 bytes

stub: upstream file of 1854 bytes

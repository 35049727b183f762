stub: upstream file of 21854 bytes

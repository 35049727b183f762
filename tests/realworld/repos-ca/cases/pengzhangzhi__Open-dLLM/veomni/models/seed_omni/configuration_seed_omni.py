stub: upstream file of 3854 bytes

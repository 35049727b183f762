stub: upstream file of 98955 bytes

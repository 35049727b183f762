stub: upstream file of 3088 bytes

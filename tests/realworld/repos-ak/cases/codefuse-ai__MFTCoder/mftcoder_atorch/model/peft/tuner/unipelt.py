stub: upstream file of 40314 bytes

stub: upstream file of 35662 bytes

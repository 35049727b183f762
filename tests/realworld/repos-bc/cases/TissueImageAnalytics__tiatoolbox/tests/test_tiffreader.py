stub: upstream file of 25151 bytes

stub: upstream file of 14864 bytes

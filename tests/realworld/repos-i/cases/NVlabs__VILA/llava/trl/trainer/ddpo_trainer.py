stub: upstream file of 26864 bytes

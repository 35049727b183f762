stub: upstream file of 41137 bytes

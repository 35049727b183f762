stub: upstream file of 4178 bytes

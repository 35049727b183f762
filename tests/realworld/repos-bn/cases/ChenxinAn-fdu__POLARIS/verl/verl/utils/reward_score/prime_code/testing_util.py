stub: upstream file of 26950 bytes

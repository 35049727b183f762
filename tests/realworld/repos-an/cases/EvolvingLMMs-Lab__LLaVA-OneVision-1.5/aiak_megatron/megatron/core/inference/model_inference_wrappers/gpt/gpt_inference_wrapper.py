stub: upstream file of 4220 bytes

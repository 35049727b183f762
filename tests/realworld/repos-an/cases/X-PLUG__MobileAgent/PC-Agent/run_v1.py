stub: upstream file of 26871 bytes

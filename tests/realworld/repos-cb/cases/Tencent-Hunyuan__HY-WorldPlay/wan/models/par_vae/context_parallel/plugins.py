stub: upstream file of 16043 bytes

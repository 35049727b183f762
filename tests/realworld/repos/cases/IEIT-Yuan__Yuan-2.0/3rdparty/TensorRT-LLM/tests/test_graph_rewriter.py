stub: upstream file of 20040 bytes

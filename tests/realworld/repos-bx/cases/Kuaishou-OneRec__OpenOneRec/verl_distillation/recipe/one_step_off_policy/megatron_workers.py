stub: upstream file of 8632 bytes

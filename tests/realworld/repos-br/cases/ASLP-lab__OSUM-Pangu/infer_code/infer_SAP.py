stub: upstream file of 12632 bytes

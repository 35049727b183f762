stub: upstream file of 1632 bytes

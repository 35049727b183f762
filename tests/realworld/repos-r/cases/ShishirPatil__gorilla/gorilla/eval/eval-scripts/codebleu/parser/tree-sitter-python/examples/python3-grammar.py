stub: upstream file of 30749 bytes

stub: upstream file of 34260 bytes

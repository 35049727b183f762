stub: upstream file of 26086 bytes

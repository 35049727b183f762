stub: upstream file of 14072 bytes

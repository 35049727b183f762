stub: upstream file of 31900 bytes

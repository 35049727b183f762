stub: upstream file of 42125 bytes

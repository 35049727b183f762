stub: upstream file of 31324 bytes

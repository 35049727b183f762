stub: upstream file of 43663 bytes

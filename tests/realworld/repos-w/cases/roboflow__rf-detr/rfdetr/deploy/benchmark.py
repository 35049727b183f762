stub: upstream file of 20701 bytes

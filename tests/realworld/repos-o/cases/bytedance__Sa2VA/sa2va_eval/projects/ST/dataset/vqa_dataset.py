stub: upstream file of 20299 bytes

stub: upstream file of 13988 bytes

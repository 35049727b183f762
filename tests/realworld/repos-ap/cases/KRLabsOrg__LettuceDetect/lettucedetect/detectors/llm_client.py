stub: upstream file of 12754 bytes

stub: upstream file of 7623 bytes

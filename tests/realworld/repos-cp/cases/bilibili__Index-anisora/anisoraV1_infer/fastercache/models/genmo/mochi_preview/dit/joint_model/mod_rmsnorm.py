stub: upstream file of 623 bytes

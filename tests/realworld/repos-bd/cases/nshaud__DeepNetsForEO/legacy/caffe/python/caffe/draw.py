stub: upstream file of 8813 bytes

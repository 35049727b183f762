stub: upstream file of 14635 bytes

stub: upstream file of 14106 bytes

stub: upstream file of 13290 bytes

stub: upstream file of 22170 bytes

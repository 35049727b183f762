stub: upstream file of 11322 bytes

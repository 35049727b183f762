stub: upstream file of 46773 bytes

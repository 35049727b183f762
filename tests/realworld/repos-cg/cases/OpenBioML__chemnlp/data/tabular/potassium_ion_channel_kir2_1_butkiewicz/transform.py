stub: upstream file of 13547 bytes
